namespace SessionToolkit.Generators.Schema.Model;

/// <summary>What the comparison of a state type with its recorded history found.</summary>
internal enum SchemaFindingKind
{
    /// <summary>The code's version is not in the schema file yet (info).</summary>
    VersionNotRecorded,

    /// <summary>The code's version is recorded, and the code's shape differs from the record.</summary>
    ShapeChanged,

    /// <summary>The schema file records a version above the code's.</summary>
    VersionBelowRecorded,

    /// <summary>A member is gone between two versions and no migration upgrades the older one.</summary>
    MemberRemoved,

    /// <summary>A member uses a JSON name that an earlier version retired.</summary>
    RetiredNameReused,

    /// <summary>A type changed incompatibly, with no migration or without a version bump.</summary>
    IncompatibleTypeChange,

    /// <summary>A version changes the shape in other ways that need a migration, and has none.</summary>
    MigrationMissing,
}

/// <summary>One finding, between the versions <paramref name="FromVersion"/> and <paramref name="ToVersion"/>.</summary>
/// <param name="ToCurrent">The newer side is the code's version, so the finding is about the change being made now.</param>
/// <param name="Change">The member or type the finding is about, when it is about one.</param>
/// <param name="Detail">The changes or reasons, as text for the message.</param>
internal sealed record SchemaFinding(
    SchemaFindingKind Kind,
    int FromVersion,
    int ToVersion,
    bool ToCurrent,
    ShapeChange? Change,
    string Detail
);
