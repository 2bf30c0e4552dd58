namespace SessionToolkit.Generators.Schema.Model;

/// <summary>The persisted shape of one version of a state type.</summary>
/// <param name="Root">The state's own object; its name is the state's C# name.</param>
/// <param name="Objects">The data types reachable from the root, sorted by name.</param>
/// <param name="Enums">The enum types reachable from the root, sorted by name.</param>
internal sealed record ShapeSpec(
    int Version,
    ObjectShapeSpec Root,
    EquatableArray<ObjectShapeSpec> Objects,
    EquatableArray<EnumShapeSpec> Enums
);

/// <summary>The persisted members of one JSON object type.</summary>
/// <param name="Name">The C# type name without <c>global::</c>, such as <c>Lab.Outer.Reading</c>.</param>
/// <param name="Members">Sorted by JSON name (ordinal).</param>
/// <param name="Derived">Sorted by discriminator (ordinal).</param>
/// <param name="Retired">JSON names that an earlier recorded version persisted and this one no longer does.</param>
internal sealed record ObjectShapeSpec(
    string Name,
    EquatableArray<MemberShapeSpec> Members,
    EquatableArray<DerivedShapeSpec> Derived,
    EquatableArray<string> Retired
);

/// <summary>One persisted member.</summary>
/// <param name="Name">The JSON name.</param>
/// <param name="Type">The wire type, such as <c>array&lt;string?&gt;</c>; see <see cref="WireType"/>.</param>
/// <param name="Required">A checkpoint without the member is rejected (constructor and required members).</param>
/// <param name="Since">The <c>[Persist(Since)]</c> version, or 0.</param>
internal sealed record MemberShapeSpec(string Name, string Type, bool Required, int Since);

/// <summary>One <c>[SessionDerivedType]</c> of a polymorphic object type.</summary>
internal sealed record DerivedShapeSpec(string Discriminator, string TypeName);

/// <summary>An enum type and its member names, sorted (ordinal), which the JSON holds as strings.</summary>
internal sealed record EnumShapeSpec(string Name, EquatableArray<string> Values);
