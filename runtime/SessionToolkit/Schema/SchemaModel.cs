using System.Collections.Generic;
using SessionToolkit.Generators.Schema;

namespace SessionToolkit;

/// <summary>The recorded versions of one state type in a schema file.</summary>
internal sealed record SchemaState(string TypeId, string TypeName, IReadOnlyList<SchemaShape> Versions);

/// <summary>The recorded shape of one version: the state's own object, its data objects and its enums.</summary>
internal sealed record SchemaShape(
    int Version,
    SchemaObject Root,
    IReadOnlyDictionary<string, SchemaObject> Objects,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Enums
);

/// <summary>One JSON object type; <see cref="Derived"/> maps each discriminator to its object type.</summary>
internal sealed record SchemaObject(
    string Name,
    IReadOnlyList<SchemaMember> Members,
    IReadOnlyDictionary<string, string> Derived,
    IReadOnlyList<string> Retired
);

/// <summary>One persisted member and its wire type.</summary>
internal sealed record SchemaMember(string Name, WireType Type, bool Required, int Since);
