using Microsoft.CodeAnalysis;

namespace SessionToolkit.Generators;

/// <summary>
/// Every diagnostic SessionToolkit reports. Ids are stable once shipped; each rule has a page under
/// docs/diagnostics/ and an entry in AnalyzerReleases.Unshipped.md (or Shipped.md once released).
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "SessionToolkit";

    /// <summary>Base address of the per-rule pages; the rule id and ".md" are appended.</summary>
    public const string HelpLinkBase = "https://github.com/sessiontoolkit/SessionToolkit/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor TypeNotPartial = Create(
        "SESS001",
        "Type must be partial",
        "Type '{0}' must be declared partial because the generator adds code to it{1}",
        DiagnosticSeverity.Error
    );

    public static readonly DiagnosticDescriptor UnsupportedMemberType = Create(
        "SESS002",
        "Member type is not supported",
        "Member '{0}' has type '{1}', which SessionToolkit cannot persist: {2}",
        DiagnosticSeverity.Error
    );

    public static readonly DiagnosticDescriptor DuplicatePersistedName = Create(
        "SESS003",
        "Two members have the same persisted name",
        "Member '{0}' is persisted as '{1}', which member '{2}' already uses",
        DiagnosticSeverity.Error
    );

    public static readonly DiagnosticDescriptor MemberCannotBeSet = Create(
        "SESS004",
        "Persisted member cannot be set on resume",
        "Member '{0}' is persisted but cannot be set on resume: it has no setter, no init accessor and no constructor parameter",
        DiagnosticSeverity.Error
    );

    public static readonly DiagnosticDescriptor SinceAboveVersion = Create(
        "SESS005",
        "Since is above the type's version",
        "Member '{0}' has Since = {1}, above the version {2} of state type '{3}'",
        DiagnosticSeverity.Error
    );

    public static readonly DiagnosticDescriptor InvalidDirectoryPath = Create(
        "SESS006",
        "Well-known directory path is invalid",
        "Well-known directory path '{0}' is invalid: {1}",
        DiagnosticSeverity.Error
    );

    public static readonly DiagnosticDescriptor DuplicateDirectoryPath = Create(
        "SESS007",
        "Two well-known directories have the same path",
        "Well-known directory path '{0}' of property '{1}' is already used by property '{2}'",
        DiagnosticSeverity.Error
    );

    public static readonly DiagnosticDescriptor InvalidDerivedType = Create(
        "SESS008",
        "Derived type declaration is invalid",
        "Derived type declaration on '{0}' is invalid: {1}",
        DiagnosticSeverity.Error
    );

    public static readonly DiagnosticDescriptor InvalidMigration = Create(
        "SESS009",
        "Migration method is invalid",
        "Migration '{0}' is invalid: {1}",
        DiagnosticSeverity.Error
    );

    public static readonly DiagnosticDescriptor GeneratedMemberClash = Create(
        "SESS010",
        "Member clashes with a generated member",
        "Member '{0}' clashes with the generated member '{1}'; rename it or change its signature",
        DiagnosticSeverity.Error
    );

    public static readonly DiagnosticDescriptor AttributeNeedsPropertyTarget = Create(
        "SESS011",
        "Attribute on a record parameter needs the property: target",
        "Attribute '{0}' on record parameter '{1}' has no effect; write [property: {0}] to apply it to the property",
        DiagnosticSeverity.Warning
    );

    public static readonly DiagnosticDescriptor HiddenBaseMemberNotPersisted = Create(
        "SESS012",
        "Hidden base member is not persisted",
        "Member '{0}' hides the base member '{1}', whose value is not persisted",
        DiagnosticSeverity.Info
    );

    public static readonly DiagnosticDescriptor ConverterTypeMismatch = Create(
        "SESS013",
        "Converter does not convert the member's type",
        "Converter '{0}' cannot be used on member '{1}': {2}",
        DiagnosticSeverity.Error
    );

    public static readonly DiagnosticDescriptor MetadataMemberNotPersisted = Create(
        "SESS014",
        "Metadata member is not persisted",
        "Member '{0}' is marked [SessionMetadata] but is not persisted",
        DiagnosticSeverity.Error
    );

    public static readonly DiagnosticDescriptor OpenGenericType = Create(
        "SESS015",
        "Open generic state or data types are not supported",
        "Type '{0}' is an open generic type, which SessionToolkit cannot persist; use a closed type",
        DiagnosticSeverity.Error
    );

    public static readonly DiagnosticDescriptor VersionBelowOne = Create(
        "SESS017",
        "State version must be 1 or more",
        "State type '{0}' has Version = {1}; versions start at 1, and a checkpoint of a lower version could not be read back",
        DiagnosticSeverity.Error
    );

    public static readonly DiagnosticDescriptor DirectoriesTypeInvalid = Create(
        "SESS018",
        "Directories type is not a [WellKnownDirectories] class",
        "Type '{0}' given as Directories of state type '{1}' has no [WellKnownDirectories] attribute, so no session directories can be made from it",
        DiagnosticSeverity.Error
    );

    public static readonly DiagnosticDescriptor GeneratorFailure = Create(
        "SESS016",
        "Generator failed on a type",
        "SessionToolkit could not generate code for '{0}': {1}: {2}",
        DiagnosticSeverity.Error
    );

    public static readonly DiagnosticDescriptor SchemaNotRecorded = Create(
        "SESS019",
        "State type schema is not recorded",
        "{0}; record it with the code fix or 'dotnet build -p:UpdateSessionSchema=true', and commit the schema file",
        DiagnosticSeverity.Info
    );

    public static readonly DiagnosticDescriptor ShapeChangedWithoutVersionBump = Create(
        "SESS020",
        "Persisted shape changed without a version bump",
        "State type '{0}' does not match version {1} in the schema file: {2}",
        DiagnosticSeverity.Error
    );

    public static readonly DiagnosticDescriptor MemberRemovedWithoutMigration = Create(
        "SESS021",
        "Removed or renamed member has no migration",
        "Member '{0}' of state type '{1}' is in version {2} but not in version {3} (removed or renamed), and no migration upgrades version {2}, so checkpoints of version {2} would lose its value; add a [SessionMigration(FromVersion = {2})] method that moves or removes it",
        DiagnosticSeverity.Error
    );

    public static readonly DiagnosticDescriptor RetiredNameReused = Create(
        "SESS022",
        "Retired persisted name is reused",
        "Member '{0}' is persisted as '{1}', a name that version {2} of state type '{3}' retired; older checkpoints may hold the retired value under that name, so choose another name with [Persist(Name = \"...\")]",
        DiagnosticSeverity.Error
    );

    public static readonly DiagnosticDescriptor IncompatibleTypeChange = Create(
        "SESS023",
        "Persisted member type changed incompatibly",
        "Member '{0}' of state type '{1}' changed from {2} to {3}, which checkpoints of version {4} cannot be read with ({5}); {6}",
        DiagnosticSeverity.Error
    );

    public static readonly DiagnosticDescriptor VersionBumpWithoutMigration = Create(
        "SESS024",
        "Version bump has no migration",
        "Version {0} of state type '{1}' changes the persisted shape in ways checkpoints of version {2} cannot be read with ({3}), and no migration upgrades version {2}; add a [SessionMigration(FromVersion = {2})] method",
        DiagnosticSeverity.Error
    );

    public static readonly DiagnosticDescriptor SchemaFileInvalid = Create(
        "SESS025",
        "Schema file is invalid",
        "The schema file '{0}' is invalid: {1}; fix it by hand or restore it from version control",
        DiagnosticSeverity.Error
    );

    public static readonly DiagnosticDescriptor RecordedStateTypeMissing = Create(
        "SESS026",
        "Recorded state type is not in the project",
        "The schema file records state type '{0}' (type id '{1}'), which is not in the project, so its checkpoints can no longer be resumed; if the type was renamed, give it [SessionState(TypeId = \"{1}\")], and if it was removed on purpose, delete its entry from the file",
        DiagnosticSeverity.Warning,
        WellKnownDiagnosticTags.CompilationEnd
    );

    public static readonly DiagnosticDescriptor DirectoryPropertyNotGenerated = Create(
        "SESS027",
        "Well-known directory property cannot be generated",
        "Property '{0}' has [WellKnownDirectory], but {1}, so the generator cannot give it the directory's path; declare it as 'partial string {0} {{ get; }}'",
        DiagnosticSeverity.Error
    );

    public static readonly DiagnosticDescriptor PersistedNameInvalid = Create(
        "SESS028",
        "Persisted name cannot be used",
        "Member '{0}' is persisted as '{1}', which {2}; give it another name with [Persist(Name = \"...\")]",
        DiagnosticSeverity.Error
    );

    public static readonly DiagnosticDescriptor NewMemberResumesAsNull = Create(
        "SESS029",
        "Member added in a later version would resume as null",
        "Member '{0}' has Since = {1} and the non-nullable type '{2}', but checkpoints of version {3} have no value for it, so they would resume with null in it and every later checkpoint of them would fail; declare the type nullable, give the member a setter and an initial value instead of 'required' or 'init', or add a [SessionMigration(FromVersion = {3})] method that sets it",
        DiagnosticSeverity.Error
    );

    private static DiagnosticDescriptor Create(
        string id,
        string title,
        string message,
        DiagnosticSeverity severity,
        params string[] customTags
    ) =>
        new(
            id,
            title,
            message,
            Category,
            severity,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + id + ".md",
            customTags: customTags
        );
}
