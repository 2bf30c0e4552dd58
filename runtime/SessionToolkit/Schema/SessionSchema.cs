using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SessionToolkit;

/// <summary>
/// A project's schema file (<c>SessionSchema.json</c>): the recorded shape of every version of each state type, as
/// the build records it with <c>-p:UpdateSessionSchema=true</c>. <see cref="GoldenCheckpoints"/> makes sample
/// checkpoints of the recorded versions from it.
/// </summary>
public sealed class SessionSchema
{
    private readonly Dictionary<string, SchemaState> _states;

    private SessionSchema(IEnumerable<SchemaState> states, string? filePath)
    {
        _states = states.ToDictionary(s => s.TypeId, StringComparer.Ordinal);
        FilePath = filePath;
    }

    /// <summary>The file the schema was read from, or null when it was parsed from text.</summary>
    public string? FilePath { get; }

    /// <summary>The type ids of the recorded state types, sorted (ordinal).</summary>
    public IReadOnlyList<string> TypeIds => _states.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>Reads the schema file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid schema file; the message names the JSON path.</exception>
    public static SessionSchema Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new SessionSchema(new SessionSchemaReader(path).Read(File.ReadAllText(path)), path);
    }

    /// <summary>Reads a schema from its JSON text.</summary>
    /// <exception cref="InvalidDataException">The text is not a valid schema file; the message names the JSON path.</exception>
    public static SessionSchema Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new SessionSchema(new SessionSchemaReader(null).Read(json), null);
    }

    /// <summary>The recorded versions of the state type with type id <paramref name="typeId"/>, ascending; empty when it has none.</summary>
    public IReadOnlyList<int> GetVersions(string typeId) =>
        _states.TryGetValue(typeId, out var state) ? state.Versions.Select(v => v.Version).ToList() : [];

    internal SchemaState? Find(string typeId) => _states.GetValueOrDefault(typeId);

    internal SchemaShape GetShape(string typeId, int version)
    {
        var state = Find(typeId)
            ?? throw new ArgumentException(
                $"The schema{Source} records no state type with type id '{typeId}'; record it with "
                    + "'dotnet build -p:UpdateSessionSchema=true'.",
                nameof(typeId)
            );
        return state.Versions.FirstOrDefault(v => v.Version == version)
            ?? throw new ArgumentOutOfRangeException(
                nameof(version),
                version,
                $"The schema{Source} records versions {string.Join(", ", state.Versions.Select(v => v.Version))} of "
                    + $"'{typeId}', not version {version}."
            );
    }

    private string Source => FilePath is null ? "" : $" in '{FilePath}'";
}
