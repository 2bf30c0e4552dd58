namespace SessionToolkit.Generators.Model;

/// <summary>Everything the emitter needs to write the serializer of one [SessionState] or [SessionData] type.</summary>
internal sealed record TypeSpec(
    string HintName,
    string Namespace,
    EquatableArray<ContainingTypeSpec> ContainingTypes,
    string Keyword,
    string Declaration,
    string FullTypeName,
    bool IsState,
    bool IsAbstract,
    int Version,
    string TypeId,
    string? DirectoriesType,
    EquatableArray<MemberSpec> Members,
    EquatableArray<int> ConstructorArguments,
    EquatableArray<string> ConstructorDefaults,
    EquatableArray<EnumSpec> Enums,
    EquatableArray<ConverterSpec> Converters,
    EquatableArray<MigrationSpec> Migrations,
    EquatableArray<DerivedTypeSpec> DerivedTypes
);

/// <summary>A type that contains the generated type, re-declared as <c>partial</c> around it.</summary>
/// <param name="Keyword">"class", "struct", "record", "record struct" or "interface".</param>
/// <param name="Declaration">Escaped name with its type parameter list, such as <c>Slot&lt;T&gt;</c>.</param>
/// <param name="Constraints">The type parameters' <c>where</c> clauses as declared, or an empty string.</param>
internal sealed record ContainingTypeSpec(string Keyword, string Declaration, string Constraints);

/// <summary>A <c>[SessionConverter]</c> type, created once in a static field of the generated file.</summary>
internal sealed record ConverterSpec(string ConverterType);

/// <summary>A <c>[SessionMigration(FromVersion = N)]</c> method.</summary>
internal sealed record MigrationSpec(int FromVersion, string MethodName);

/// <summary>A <c>[SessionDerivedType]</c> entry of a polymorphic base type.</summary>
internal sealed record DerivedTypeSpec(string TypeName, string Discriminator);
