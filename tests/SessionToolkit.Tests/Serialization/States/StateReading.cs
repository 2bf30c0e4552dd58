using System.Text.Json;

namespace SessionToolkit.Tests.Serialization.States;

/// <summary>Value readers of the hand-written states, with the errors generated readers raise.</summary>
internal static class StateReading
{
    public static void RejectRepeat(ref bool seen, string path, SessionReadContext context)
    {
        if (seen)
        {
            throw new CorruptedSessionException("member appears more than once", path, context.FilePath);
        }

        seen = true;
    }

    public static int ReadInt32(ref Utf8JsonReader reader, string path, SessionReadContext context)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var value))
        {
            throw new CorruptedSessionException("expected a 32-bit integer", path, context.FilePath);
        }

        return value;
    }

    public static string ReadString(ref Utf8JsonReader reader, string path, SessionReadContext context)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new CorruptedSessionException("expected a string", path, context.FilePath);
        }

        return reader.GetString()!;
    }
}
