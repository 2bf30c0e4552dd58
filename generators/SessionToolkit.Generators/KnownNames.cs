namespace SessionToolkit.Generators;

/// <summary>
/// Metadata names of the runtime types the generator looks for. The generator does not reference the runtime
/// assembly, so these strings are the only link; a test checks each one against the runtime assembly.
/// </summary>
internal static class KnownNames
{
    public const string SessionStateAttribute = "SessionToolkit.SessionStateAttribute";
    public const string SessionDataAttribute = "SessionToolkit.SessionDataAttribute";
    public const string PersistAttribute = "SessionToolkit.PersistAttribute";
    public const string TransientAttribute = "SessionToolkit.TransientAttribute";
    public const string SessionMetadataAttribute = "SessionToolkit.SessionMetadataAttribute";
    public const string SessionDerivedTypeAttribute = "SessionToolkit.SessionDerivedTypeAttribute";
    public const string SessionConverterAttribute = "SessionToolkit.SessionConverterAttribute";
    public const string SessionMigrationAttribute = "SessionToolkit.SessionMigrationAttribute";
    public const string WellKnownDirectoriesAttribute = "SessionToolkit.WellKnownDirectoriesAttribute";
    public const string WellKnownDirectoryAttribute = "SessionToolkit.WellKnownDirectoryAttribute";
    public const string SessionNamingPolicy = "SessionToolkit.SessionNamingPolicy";
    public const string ISessionData = "SessionToolkit.ISessionData`1";
    public const string ISessionState = "SessionToolkit.ISessionState`1";
    public const string ISessionConverter = "SessionToolkit.ISessionConverter`1";
    public const string SessionStorage = "SessionToolkit.SessionStorage";
    public const string SessionWriteContext = "SessionToolkit.SessionWriteContext";
    public const string SessionReadContext = "SessionToolkit.SessionReadContext";
}
