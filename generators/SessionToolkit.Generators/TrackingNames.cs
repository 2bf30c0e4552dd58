namespace SessionToolkit.Generators;

/// <summary>Names of the tracked pipeline steps, so that caching tests can find each step's outputs.</summary>
internal static class TrackingNames
{
    public const string StateTypes = nameof(StateTypes);
    public const string DataTypes = nameof(DataTypes);
    public const string StateModels = nameof(StateModels);
    public const string DataModels = nameof(DataModels);
    public const string SchemaRequest = nameof(SchemaRequest);
    public const string SchemaSource = nameof(SchemaSource);
    public const string RecordedSchema = nameof(RecordedSchema);
}
