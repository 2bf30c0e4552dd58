using System;

namespace SessionToolkit;

/// <summary>
/// Makes the generator read and write a member through <paramref name="converterType"/>, an
/// <see cref="ISessionConverter{T}"/> for the member's exact type with a public parameterless constructor.
/// </summary>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter,
    Inherited = true,
    AllowMultiple = false
)]
public sealed class SessionConverterAttribute(Type converterType) : Attribute
{
    /// <summary>The converter type.</summary>
    public Type ConverterType { get; } = converterType;
}
