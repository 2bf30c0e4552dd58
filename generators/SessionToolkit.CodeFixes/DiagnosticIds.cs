namespace SessionToolkit.CodeFixes;

/// <summary>Ids of the diagnostics this assembly fixes; the descriptors live in SessionToolkit.Generators.</summary>
internal static class DiagnosticIds
{
    public const string TypeNotPartial = "SESS001";
    public const string UnsupportedMemberType = "SESS002";
    public const string DuplicatePersistedName = "SESS003";
    public const string AttributeNeedsPropertyTarget = "SESS011";
    public const string SchemaNotRecorded = "SESS019";
    public const string ShapeChangedWithoutVersionBump = "SESS020";
    public const string IncompatibleTypeChange = "SESS023";
}
