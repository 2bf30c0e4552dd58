using System.Buffers;
using System.Text;
using System.Text.Json;

namespace SessionToolkit.Tests.Generated;

/// <summary>
/// Writes a state as <c>{"session":...}</c> and reads it back through the generated members, with the same
/// depth rule as the envelope (the outer object is depth 1). Stands in for SessionSerializer.Suspend and
/// Resume until the envelope lands; tests call only these methods, so the swap is one file.
/// </summary>
internal static class RoundTrip
{
    public static T Through<T>(T value, SessionSerializerOptions? options = null)
        where T : ISessionState<T> => Read<T>(Write(value, options), options);

    public static string Write<T>(T value, SessionSerializerOptions? options = null)
        where T : ISessionState<T>
    {
        options ??= SessionSerializerOptions.Default;
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { MaxDepth = options.MaxDepth }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("session");
            T.Write(writer, value, new SessionWriteContext(options));
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads <paramref name="json"/>, a whole <c>{"session":...}</c> document.</summary>
    public static T Read<T>(string json, SessionSerializerOptions? options = null, int? storedVersion = null)
        where T : ISessionState<T>
    {
        options ??= SessionSerializerOptions.Default;
        var context = new SessionReadContext(options, "test.session") { StoredVersion = storedVersion };
        var reader = new Utf8JsonReader(
            Encoding.UTF8.GetBytes(json),
            new JsonReaderOptions { MaxDepth = options.MaxDepth }
        );
        try
        {
            reader.Read();
            reader.Read();
            reader.Read();
            return T.Read(ref reader, context);
        }
        catch (JsonException exception)
        {
            throw new CorruptedSessionException(exception.Message, context.CurrentPath, context.FilePath, exception);
        }
    }

    /// <summary>Reads a <c>"session"</c> object given alone, such as <c>{"Reading":7}</c>.</summary>
    public static T ReadSession<T>(string session, int? storedVersion = null)
        where T : ISessionState<T> => Read<T>("{\"session\":" + session + "}", storedVersion: storedVersion);

    /// <summary>The <c>"session"</c> object that <see cref="Write"/> produces for <paramref name="value"/>.</summary>
    public static string SessionJson<T>(T value)
        where T : ISessionState<T>
    {
        var json = Write(value);
        return json.Substring("{\"session\":".Length, json.Length - "{\"session\":".Length - 1);
    }
}
