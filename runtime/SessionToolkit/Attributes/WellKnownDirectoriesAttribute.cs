using System;

namespace SessionToolkit;

/// <summary>
/// Marks a <c>partial</c> class whose <see cref="WellKnownDirectoryAttribute"/> properties name sub-directories of
/// a session. The generator writes a constructor from <see cref="SessionStorage"/>, each property as a full path,
/// <c>AllDirectories</c> and <c>Populate()</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class WellKnownDirectoriesAttribute : Attribute { }
