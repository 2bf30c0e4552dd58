namespace SessionToolkit.Generators.Model;

/// <summary>The shape of a member or element type, which decides the code that reads and writes it.</summary>
internal enum ValueKind
{
    Scalar,
    Enum,
    Data,
    Converter,
    NullableValue,
    Array,
    List,
    HashSet,
    Dictionary,
    ImmutableArray,
    ImmutableList,
    ImmutableHashSet,
    ImmutableDictionary,
}

/// <summary>A member or element type in a form that compares by value.</summary>
/// <param name="TypeName">C# type, <c>global::</c>-qualified, with <c>?</c> where null is allowed.</param>
/// <param name="BareTypeName">The same without the trailing <c>?</c> of a nullable reference type.</param>
/// <param name="IsReference">Reference type, so null is checked before the value is read or written.</param>
/// <param name="AllowsNull">Null is a valid value (annotated, or declared where nullable is disabled).</param>
/// <param name="Helper">Scalar helper suffix (<c>Int32</c>), or the index of the enum or converter.</param>
/// <param name="Element">Element type of a collection, value type of a dictionary, or T of <c>T?</c>.</param>
/// <param name="Key">Key type of a dictionary.</param>
internal sealed record TypeRefSpec(
    ValueKind Kind,
    string TypeName,
    string BareTypeName,
    bool IsReference,
    bool AllowsNull,
    string Helper,
    TypeRefSpec? Element = null,
    TypeRefSpec? Key = null
);

/// <summary>An enum type used by a generated type; its helper reads and writes names.</summary>
/// <param name="Members">Names and value literals in declaration order.</param>
internal sealed record EnumSpec(string TypeName, string UnderlyingType, EquatableArray<EnumMemberSpec> Members);

/// <summary>One enum member: its name and its value as a C# literal of the underlying type.</summary>
internal sealed record EnumMemberSpec(string Name, string Value);
