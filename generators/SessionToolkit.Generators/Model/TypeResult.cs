namespace SessionToolkit.Generators.Model;

/// <summary>The outcome of parsing one type: its spec, or only diagnostics when it has an error.</summary>
/// <param name="Name">The type's display name, used in SESS016 and by caching tests to tell outputs apart.</param>
internal sealed record TypeResult(string Name, TypeSpec? Spec, EquatableArray<DiagnosticSpec> Diagnostics);
