namespace SessionToolkit.Generators.Schema.Model;

/// <summary>The contents of a schema file: the recorded history of every state type, by type id.</summary>
/// <param name="States">Sorted by type id (ordinal).</param>
internal sealed record SchemaSpec(EquatableArray<StateHistorySpec> States)
{
    /// <summary>The format version this code reads and writes.</summary>
    public const int CurrentFormatVersion = 1;

    public static SchemaSpec Empty { get; } = new(EquatableArray<StateHistorySpec>.Empty);
}

/// <summary>The recorded versions of one state type.</summary>
/// <param name="TypeId">The type id written into its checkpoints, which identifies the entry.</param>
/// <param name="TypeName">The C# name of the state type when it was last recorded.</param>
/// <param name="Versions">Sorted by version.</param>
internal sealed record StateHistorySpec(string TypeId, string TypeName, EquatableArray<ShapeSpec> Versions);
