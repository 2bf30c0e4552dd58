using System;

namespace SessionToolkit;

/// <summary>
/// Marks a <c>partial</c> class, record or struct as a checkpoint root. The generator writes its suspend/resume
/// serializer and implements <see cref="ISessionState{TSelf}"/> for it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false, AllowMultiple = false)]
public sealed class SessionStateAttribute : Attribute
{
    /// <summary>Version of the persisted shape, written into every checkpoint; starts at 1.</summary>
    public int Version { get; set; } = 1;

    /// <summary>Type id written into every checkpoint; defaults to the full metadata name, such as <c>Lab.Outer+Inner</c>.</summary>
    /// <remarks>Hides <see cref="Attribute.TypeId"/>, which attribute usage never sets.</remarks>
    public new string? TypeId { get; set; }

    /// <summary>A <see cref="WellKnownDirectoriesAttribute"/> type whose directories a session of this state gets.</summary>
    public Type? Directories { get; set; }

    /// <summary>How member names become JSON names for this type.</summary>
    public SessionNamingPolicy Naming { get; set; } = SessionNamingPolicy.AsDeclared;
}
