using System;

namespace SessionToolkit;

/// <summary>Declares a <c>partial string</c> property as the session sub-directory <paramref name="path"/>.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false, AllowMultiple = false)]
public sealed class WellKnownDirectoryAttribute(string path) : Attribute
{
    /// <summary>Path relative to the session folder, with <c>/</c> between segments.</summary>
    public string Path { get; } = path;
}
