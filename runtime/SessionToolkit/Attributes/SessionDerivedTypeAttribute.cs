using System;

namespace SessionToolkit;

/// <summary>
/// Declares a derived type of a polymorphic <see cref="SessionDataAttribute"/> base type and the discriminator
/// written for it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface, Inherited = false, AllowMultiple = true)]
public sealed class SessionDerivedTypeAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public SessionDerivedTypeAttribute(Type derivedType, string discriminator)
    {
        DerivedType = derivedType;
        Discriminator = discriminator;
    }

    /// <summary>The derived type.</summary>
    public Type DerivedType { get; }

    /// <summary>Value of the <c>$type</c> member written for the derived type.</summary>
    public string Discriminator { get; }
}
