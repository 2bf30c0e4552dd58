using System.Collections.Generic;
using System.Text.Json;

namespace SessionToolkit.Tests.Interop;

/// <summary>
/// The session state of plainbox's suspend format version 11, modelled with the toolkit's attributes alone:
/// snake_case names, and a converter for IO-log records, which plainbox writes as JSON arrays.
/// </summary>
[SessionState(Version = 11, Naming = SessionNamingPolicy.SnakeCase)]
public partial class PlainboxSession
{
    public List<string> DesiredJobList { get; set; } = [];

    /// <summary>Job id to the SHA-256 checksum of its definition.</summary>
    public Dictionary<string, string> Jobs { get; set; } = [];

    public List<string> MandatoryJobList { get; set; } = [];

    public PlainboxMetadata Metadata { get; set; } = new();

    public Dictionary<string, List<PlainboxResult>> Results { get; set; } = [];

    public JsonElement SystemInformation { get; set; }
}

[SessionData(Naming = SessionNamingPolicy.SnakeCase)]
public partial class PlainboxMetadata
{
    public byte[]? AppBlob { get; set; }

    public string? AppId { get; set; }

    public bool CustomJoblist { get; set; }

    public List<string> Flags { get; set; } = [];

    public double? LastJobStartTime { get; set; }

    public List<string> RejectedJobs { get; set; } = [];

    public bool RemainingTodoJobs { get; set; }

    public string? RunningJobName { get; set; }

    public string? Title { get; set; }
}

[SessionData(Naming = SessionNamingPolicy.SnakeCase)]
public partial class PlainboxResult
{
    public string? Comments { get; set; }

    public double ExecutionDuration { get; set; }

    [SessionConverter(typeof(IoLogConverter))]
    public List<IoLogRecord> IoLog { get; set; } = [];

    public string Outcome { get; set; } = "";

    public int? ReturnCode { get; set; }
}

/// <summary>One chunk of a job's output: seconds since the job started, the stream name, and the bytes.</summary>
public sealed record IoLogRecord(double Delay, string Stream, byte[] Data);

/// <summary>Reads and writes plainbox's IO-log list, a JSON array of <c>[delay, stream, base64 data]</c> arrays.</summary>
public sealed class IoLogConverter : ISessionConverter<List<IoLogRecord>>
{
    public void Write(Utf8JsonWriter writer, List<IoLogRecord> value)
    {
        writer.WriteStartArray();
        foreach (var record in value)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(record.Delay);
            writer.WriteStringValue(record.Stream);
            writer.WriteBase64StringValue(record.Data);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    public List<IoLogRecord> Read(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var records = new List<IoLogRecord>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(ref reader, JsonTokenType.StartArray);
            reader.Read();
            var delay = reader.GetDouble();
            reader.Read();
            var stream = reader.GetString() ?? throw new JsonException("The IO-log stream name is null.");
            reader.Read();
            var data = reader.GetBytesFromBase64();
            reader.Read();
            Expect(ref reader, JsonTokenType.EndArray);
            records.Add(new IoLogRecord(delay, stream, data));
        }

        return records;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (reader.TokenType != expected)
        {
            throw new JsonException($"An IO-log record needs {expected}, not {reader.TokenType}.");
        }
    }
}
