using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SessionToolkit.Benchmarks.State;

/// <summary>
/// The checkpoint envelope (<c>version</c>, <c>type</c>, <c>metadata</c>, <c>session</c>) as a plain class, so
/// that System.Text.Json writes the same document as the generated serializer.
/// </summary>
public sealed class JsonEnvelope
{
    /// <summary>The state's format version.</summary>
    public int Version { get; set; }

    /// <summary>The state's type id.</summary>
    public string Type { get; set; } = "";

    /// <summary>The session's metadata members, repeated ahead of the session as the generated writer does.</summary>
    public JsonMetadata Metadata { get; set; } = new();

    /// <summary>The session itself.</summary>
    public BenchSession Session { get; set; } = new();

    /// <summary>Creates the envelope of <paramref name="session"/>.</summary>
    public static JsonEnvelope Of(BenchSession session) =>
        new()
        {
            Version = 1,
            Type = "SessionToolkit.Benchmarks.State.BenchSession",
            Metadata = new JsonMetadata
            {
                Title = session.Title,
                Flags = session.Flags,
                RunningJob = session.RunningJob,
                AppBlob = session.AppBlob,
            },
            Session = session,
        };
}

/// <summary>The <c>metadata</c> object of <see cref="JsonEnvelope"/>.</summary>
public sealed class JsonMetadata
{
    /// <summary>Title shown in session listings.</summary>
    public string Title { get; set; } = "";

    /// <summary>Session flags.</summary>
    public List<string> Flags { get; set; } = [];

    /// <summary>The job running at the checkpoint.</summary>
    public string? RunningJob { get; set; }

    /// <summary>Opaque application data.</summary>
    public byte[]? AppBlob { get; set; }
}

/// <summary>
/// System.Text.Json's source-generated serializer for the envelope: snake_case names and enums by name, as the
/// SessionToolkit generator writes them. Default mode emits both metadata and the serialization fast path.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UseStringEnumConverter = true
)]
[JsonSerializable(typeof(JsonEnvelope))]
public sealed partial class BenchJsonContext : JsonSerializerContext;
