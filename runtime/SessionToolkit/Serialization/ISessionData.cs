using System.Text.Json;

namespace SessionToolkit;

/// <summary>
/// Serializer of one <see cref="SessionDataAttribute"/> or <see cref="SessionStateAttribute"/> type. The generator
/// implements the members explicitly, so they never clash with the user's own members.
/// </summary>
public interface ISessionData<TSelf>
    where TSelf : ISessionData<TSelf>
{
    /// <summary>Writes <paramref name="value"/> as one JSON object.</summary>
    static abstract void Write(Utf8JsonWriter writer, TSelf value, SessionWriteContext context);

    /// <summary>Reads one JSON object; the reader is positioned on its <c>StartObject</c> token.</summary>
    static abstract TSelf Read(ref Utf8JsonReader reader, SessionReadContext context);
}
