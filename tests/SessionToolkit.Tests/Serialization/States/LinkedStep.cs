using System.Text.Json;
using System.Text.Json.Nodes;

namespace SessionToolkit.Tests.Serialization.States;

/// <summary>The self-referencing state of case 014, written by hand the way the generator writes it.</summary>
public sealed class LinkedStep : ISessionState<LinkedStep>
{
    public int N { get; set; }

    public LinkedStep? Next { get; set; }

    static int ISessionState<LinkedStep>.SessionVersion => 1;

    static string ISessionState<LinkedStep>.SessionTypeId => "Lab.LinkedStep";

    /// <summary>Builds a chain of <paramref name="length"/> steps numbered from 1.</summary>
    public static LinkedStep Chain(int length)
    {
        var head = new LinkedStep { N = length };
        for (var n = length - 1; n >= 1; n--)
        {
            head = new LinkedStep { N = n, Next = head };
        }

        return head;
    }

    /// <summary>Number of steps from this one to the end of the chain.</summary>
    public int Length()
    {
        var length = 0;
        for (var step = this; step is not null; step = step.Next)
        {
            length++;
        }

        return length;
    }

    static void ISessionState<LinkedStep>.WriteMetadata(
        Utf8JsonWriter writer,
        LinkedStep value,
        SessionWriteContext context
    )
    {
        writer.WriteStartObject();
        writer.WriteEndObject();
    }

    static JsonObject ISessionState<LinkedStep>.MigrateSession(JsonObject session, int fromVersion) => session;

    static void ISessionState<LinkedStep>.PopulateDirectories(SessionStorage storage) { }

    static void ISessionData<LinkedStep>.Write(Utf8JsonWriter writer, LinkedStep value, SessionWriteContext context) =>
        WriteStep(writer, value);

    static LinkedStep ISessionData<LinkedStep>.Read(ref Utf8JsonReader reader, SessionReadContext context) =>
        ReadStep(ref reader, context);

    // Recursion with no cycle check of its own, as a naive writer would do: the writer's depth limit stops it.
    private static void WriteStep(Utf8JsonWriter writer, LinkedStep value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("N", value.N);
        if (value.Next is not null)
        {
            writer.WritePropertyName("Next");
            WriteStep(writer, value.Next);
        }

        writer.WriteEndObject();
    }

    private static LinkedStep ReadStep(ref Utf8JsonReader reader, SessionReadContext context)
    {
        var step = new LinkedStep();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("N"u8))
            {
                step.N = StateReading.ReadInt32(ref reader, "$.session.N", context);
            }
            else if (reader.ValueTextEquals("Next"u8))
            {
                reader.Read();
                step.Next = reader.TokenType == JsonTokenType.Null ? null : ReadStep(ref reader, context);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return step;
    }
}
