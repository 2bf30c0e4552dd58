using System.Text.Json;
using System.Text.Json.Nodes;

namespace SessionToolkit;

/// <summary>
/// A checkpoint root. The generator implements the members explicitly for every
/// <see cref="SessionStateAttribute"/> type.
/// </summary>
public interface ISessionState<TSelf> : ISessionData<TSelf>
    where TSelf : ISessionState<TSelf>
{
    /// <summary>The state's <see cref="SessionStateAttribute.Version"/>.</summary>
    static abstract int SessionVersion { get; }

    /// <summary>The state's type id, written into the envelope's <c>type</c> member.</summary>
    static abstract string SessionTypeId { get; }

    /// <summary>Writes the <see cref="SessionMetadataAttribute"/> members of <paramref name="value"/> as one object.</summary>
    static abstract void WriteMetadata(Utf8JsonWriter writer, TSelf value, SessionWriteContext context);

    /// <summary>
    /// Runs the <see cref="SessionMigrationAttribute"/> methods from <paramref name="fromVersion"/> up to
    /// <see cref="SessionVersion"/> on the <c>session</c> object and returns the upgraded object.
    /// </summary>
    static abstract JsonObject MigrateSession(JsonObject session, int fromVersion);

    /// <summary>Creates the well-known directories of the state's <c>Directories</c> type under the session.</summary>
    static abstract void PopulateDirectories(SessionStorage storage);
}
