using System;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SessionToolkit.Tests.Serialization.States;

/// <summary>
/// A version 3 state with the migrations a generator would chain: version 1 stored "Miles", version 2 renamed it
/// to "Km" and converted it, version 3 added "Unit".
/// </summary>
public sealed class Odometer : ISessionState<Odometer>
{
    public int Km { get; set; }

    public string Unit { get; set; } = "";

    public int SeenStoredVersion { get; private set; }

    static int ISessionState<Odometer>.SessionVersion => 3;

    static string ISessionState<Odometer>.SessionTypeId => "Lab.Odometer";

    static JsonObject ISessionState<Odometer>.MigrateSession(JsonObject session, int fromVersion)
    {
        if (fromVersion <= 1)
        {
            var miles = session["Miles"]!.GetValue<int>();
            session.Remove("Miles");
            session["Km"] = miles * 8 / 5;
        }

        if (fromVersion <= 2)
        {
            session["Unit"] = "km";
        }

        return session;
    }

    static void ISessionState<Odometer>.WriteMetadata(
        Utf8JsonWriter writer,
        Odometer value,
        SessionWriteContext context
    )
    {
        writer.WriteStartObject();
        writer.WriteEndObject();
    }

    static void ISessionState<Odometer>.PopulateDirectories(SessionStorage storage) { }

    static void ISessionData<Odometer>.Write(Utf8JsonWriter writer, Odometer value, SessionWriteContext context)
    {
        writer.WriteStartObject();
        writer.WriteNumber("Km", value.Km);
        writer.WriteString("Unit", value.Unit);
        writer.WriteEndObject();
    }

    static Odometer ISessionData<Odometer>.Read(ref Utf8JsonReader reader, SessionReadContext context)
    {
        var odometer = new Odometer { SeenStoredVersion = context.StoredVersion ?? 0 };
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("Km"u8))
            {
                odometer.Km = StateReading.ReadInt32(ref reader, "$.session.Km", context);
            }
            else if (reader.ValueTextEquals("Unit"u8))
            {
                odometer.Unit = StateReading.ReadString(ref reader, "$.session.Unit", context);
            }
            else
            {
                throw new InvalidOperationException("Odometer has no member " + reader.GetString());
            }
        }

        return odometer;
    }
}
