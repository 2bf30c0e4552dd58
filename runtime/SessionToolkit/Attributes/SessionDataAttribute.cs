using System;

namespace SessionToolkit;

/// <summary>Marks a <c>partial</c> type used inside a state, so that the generator writes its serializer.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false, AllowMultiple = false)]
public sealed class SessionDataAttribute : Attribute
{
    /// <summary>How member names become JSON names for this type.</summary>
    public SessionNamingPolicy Naming { get; set; } = SessionNamingPolicy.AsDeclared;
}
