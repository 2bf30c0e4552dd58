using System.IO;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace SessionToolkit.Tests.Generated;

/// <summary>
/// Round trips through the real checkpoint format: <see cref="SessionSerializer.Suspend{T}(T, SessionSerializerOptions?)"/>
/// and <see cref="SessionSerializer.Resume{T}"/>, plus helpers that show or feed the <c>"session"</c> object as
/// JSON text.
/// </summary>
internal static class RoundTrip
{
    private const string FileName = "test.session";

    public static T Through<T>(T value, SessionSerializerOptions? options = null)
        where T : ISessionState<T> =>
        SessionSerializer.Resume<T>(SessionSerializer.Suspend(value, options), options, FileName);

    /// <summary>Suspends <paramref name="value"/> and returns the envelope's JSON text.</summary>
    public static string Write<T>(T value, SessionSerializerOptions? options = null)
        where T : ISessionState<T> => Decompress(SessionSerializer.Suspend(value, options));

    /// <summary>
    /// Resumes <paramref name="json"/>, a <c>{"session":...}</c> document, as a checkpoint of
    /// <paramref name="storedVersion"/> (the state's own version when <c>null</c>).
    /// </summary>
    public static T Read<T>(string json, SessionSerializerOptions? options = null, int? storedVersion = null)
        where T : ISessionState<T>
    {
        var version = storedVersion ?? T.SessionVersion;
        var envelope = "{\"version\":" + version + "," + json.TrimStart().Substring(1);
        return SessionSerializer.Resume<T>(Compress(envelope), options, FileName);
    }

    /// <summary>Resumes a <c>"session"</c> object given alone, such as <c>{"Reading":7}</c>.</summary>
    public static T ReadSession<T>(string session, int? storedVersion = null)
        where T : ISessionState<T> => Read<T>("{\"session\":" + session + "}", storedVersion: storedVersion);

    /// <summary>The <c>"session"</c> object that Suspend writes for <paramref name="value"/>.</summary>
    public static string SessionJson<T>(T value)
        where T : ISessionState<T>
    {
        using var document = JsonDocument.Parse(Write(value));
        return document.RootElement.GetProperty("session").GetRawText();
    }

    public static byte[] Compress(string json)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(json));
        }

        return output.ToArray();
    }

    public static string Decompress(byte[] checkpoint)
    {
        using var gzip = new GZipStream(new MemoryStream(checkpoint), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
