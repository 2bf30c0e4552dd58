using System.Text.Json;
using System.Text.Json.Nodes;

namespace SessionToolkit.Tests.Serialization.States;

/// <summary>
/// The state of case 015 written by hand the way the generator writes it: explicit interface members, members in
/// any order, unknown members skipped, a repeated member rejected.
/// </summary>
public sealed class Meter : ISessionState<Meter>
{
    public int Reading { get; set; }

    public string Unit { get; set; } = "";

    /// <summary>Written into the envelope's metadata, so that Peek has something to return.</summary>
    public string? Title { get; set; }

    /// <summary>The stored version the last Read saw.</summary>
    public int SeenStoredVersion { get; private set; }

    static int ISessionState<Meter>.SessionVersion => 2;

    static string ISessionState<Meter>.SessionTypeId => "Lab.Meter";

    static void ISessionState<Meter>.WriteMetadata(Utf8JsonWriter writer, Meter value, SessionWriteContext context)
    {
        writer.WriteStartObject();
        if (value.Title is not null)
        {
            writer.WriteString("title", value.Title);
        }

        writer.WriteEndObject();
    }

    static JsonObject ISessionState<Meter>.MigrateSession(JsonObject session, int fromVersion) => session;

    static void ISessionState<Meter>.PopulateDirectories(SessionStorage storage) { }

    static void ISessionData<Meter>.Write(Utf8JsonWriter writer, Meter value, SessionWriteContext context)
    {
        writer.WriteStartObject();
        writer.WriteNumber("Reading", value.Reading);
        writer.WriteString("Unit", value.Unit);
        writer.WriteEndObject();
    }

    static Meter ISessionData<Meter>.Read(ref Utf8JsonReader reader, SessionReadContext context)
    {
        var meter = new Meter { SeenStoredVersion = context.StoredVersion ?? 0 };
        var seenReading = false;
        var seenUnit = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("Reading"u8))
            {
                StateReading.RejectRepeat(ref seenReading, "$.session.Reading", context);
                meter.Reading = StateReading.ReadInt32(ref reader, "$.session.Reading", context);
            }
            else if (reader.ValueTextEquals("Unit"u8))
            {
                StateReading.RejectRepeat(ref seenUnit, "$.session.Unit", context);
                meter.Unit = StateReading.ReadString(ref reader, "$.session.Unit", context);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return meter;
    }
}
