using System;

namespace SessionToolkit;

/// <summary>
/// Marks a static method of a state type that upgrades the <c>session</c> JSON of version
/// <see cref="FromVersion"/> to version <see cref="FromVersion"/> + 1 before it is read. The method takes and
/// returns a <see cref="System.Text.Json.Nodes.JsonObject"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
public sealed class SessionMigrationAttribute : Attribute
{
    /// <summary>Version whose JSON the method upgrades.</summary>
    public int FromVersion { get; set; }
}
