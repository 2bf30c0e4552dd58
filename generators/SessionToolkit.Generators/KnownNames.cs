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

    /// <summary>Metadata names of the framework types the generator supports; a test resolves each one.</summary>
    internal static class Framework
    {
        public const string JsonObject = "System.Text.Json.Nodes.JsonObject";
        public const string Guid = "System.Guid";
        public const string DateTimeOffset = "System.DateTimeOffset";
        public const string TimeSpan = "System.TimeSpan";
        public const string DateOnly = "System.DateOnly";
        public const string TimeOnly = "System.TimeOnly";
        public const string Uri = "System.Uri";
        public const string Half = "System.Half";
        public const string Int128 = "System.Int128";
        public const string UInt128 = "System.UInt128";
        public const string JsonElement = "System.Text.Json.JsonElement";
        public const string List = "System.Collections.Generic.List`1";
        public const string IEnumerable = "System.Collections.Generic.IEnumerable`1";
        public const string IReadOnlyList = "System.Collections.Generic.IReadOnlyList`1";
        public const string IList = "System.Collections.Generic.IList`1";
        public const string ICollection = "System.Collections.Generic.ICollection`1";
        public const string IReadOnlyCollection = "System.Collections.Generic.IReadOnlyCollection`1";
        public const string HashSet = "System.Collections.Generic.HashSet`1";
        public const string ISet = "System.Collections.Generic.ISet`1";
        public const string IReadOnlySet = "System.Collections.Generic.IReadOnlySet`1";
        public const string Dictionary = "System.Collections.Generic.Dictionary`2";
        public const string IDictionary = "System.Collections.Generic.IDictionary`2";
        public const string IReadOnlyDictionary = "System.Collections.Generic.IReadOnlyDictionary`2";
        public const string ImmutableArray = "System.Collections.Immutable.ImmutableArray`1";
        public const string ImmutableList = "System.Collections.Immutable.ImmutableList`1";
        public const string ImmutableHashSet = "System.Collections.Immutable.ImmutableHashSet`1";
        public const string ImmutableDictionary = "System.Collections.Immutable.ImmutableDictionary`2";
    }
}
