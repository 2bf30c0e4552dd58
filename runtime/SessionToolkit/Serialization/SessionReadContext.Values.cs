using System;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SessionToolkit;

// Readers of the scalar member types. Each checks the token type and the range, and reports a bad value as a
// CorruptedSessionException at the current path instead of letting an InvalidOperationException escape.
public sealed partial class SessionReadContext
{
    /// <summary>Reads a JSON boolean.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public bool ReadBoolean(ref Utf8JsonReader reader) =>
        reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw Corrupted($"Expected a boolean but found {Describe(reader.TokenType)}"),
        };

    /// <summary>Reads a JSON number as a <see cref="Byte"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public byte ReadByte(ref Utf8JsonReader reader)
    {
        ExpectToken(ref reader, JsonTokenType.Number, "a number");
        return reader.TryGetByte(out var value)
            ? value
            : throw Corrupted($"The number {Text(ref reader)} is not a valid Byte");
    }

    /// <summary>Reads a JSON number as a <see cref="SByte"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sbyte ReadSByte(ref Utf8JsonReader reader)
    {
        ExpectToken(ref reader, JsonTokenType.Number, "a number");
        return reader.TryGetSByte(out var value)
            ? value
            : throw Corrupted($"The number {Text(ref reader)} is not a valid SByte");
    }

    /// <summary>Reads a JSON number as a <see cref="Int16"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public short ReadInt16(ref Utf8JsonReader reader)
    {
        ExpectToken(ref reader, JsonTokenType.Number, "a number");
        return reader.TryGetInt16(out var value)
            ? value
            : throw Corrupted($"The number {Text(ref reader)} is not a valid Int16");
    }

    /// <summary>Reads a JSON number as a <see cref="UInt16"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ushort ReadUInt16(ref Utf8JsonReader reader)
    {
        ExpectToken(ref reader, JsonTokenType.Number, "a number");
        return reader.TryGetUInt16(out var value)
            ? value
            : throw Corrupted($"The number {Text(ref reader)} is not a valid UInt16");
    }

    /// <summary>Reads a JSON number as a <see cref="Int32"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public int ReadInt32(ref Utf8JsonReader reader)
    {
        ExpectToken(ref reader, JsonTokenType.Number, "a number");
        return reader.TryGetInt32(out var value)
            ? value
            : throw Corrupted($"The number {Text(ref reader)} is not a valid Int32");
    }

    /// <summary>Reads a JSON number as a <see cref="UInt32"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public uint ReadUInt32(ref Utf8JsonReader reader)
    {
        ExpectToken(ref reader, JsonTokenType.Number, "a number");
        return reader.TryGetUInt32(out var value)
            ? value
            : throw Corrupted($"The number {Text(ref reader)} is not a valid UInt32");
    }

    /// <summary>Reads a JSON number as a <see cref="Int64"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public long ReadInt64(ref Utf8JsonReader reader)
    {
        ExpectToken(ref reader, JsonTokenType.Number, "a number");
        return reader.TryGetInt64(out var value)
            ? value
            : throw Corrupted($"The number {Text(ref reader)} is not a valid Int64");
    }

    /// <summary>Reads a JSON number as a <see cref="UInt64"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ulong ReadUInt64(ref Utf8JsonReader reader)
    {
        ExpectToken(ref reader, JsonTokenType.Number, "a number");
        return reader.TryGetUInt64(out var value)
            ? value
            : throw Corrupted($"The number {Text(ref reader)} is not a valid UInt64");
    }

    /// <summary>Reads a JSON number as an <see cref="Int128"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Int128 ReadInt128(ref Utf8JsonReader reader)
    {
        ExpectToken(ref reader, JsonTokenType.Number, "a number");
        var text = Text(ref reader);
        return Int128.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Corrupted($"The number {text} is not a valid Int128");
    }

    /// <summary>Reads a JSON number as a <see cref="UInt128"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public UInt128 ReadUInt128(ref Utf8JsonReader reader)
    {
        ExpectToken(ref reader, JsonTokenType.Number, "a number");
        var text = Text(ref reader);
        return UInt128.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Corrupted($"The number {text} is not a valid UInt128");
    }

    /// <summary>Reads a JSON number as an <see cref="IntPtr"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public nint ReadIntPtr(ref Utf8JsonReader reader)
    {
        var value = ReadInt64(ref reader);
        return value >= nint.MinValue && value <= nint.MaxValue
            ? (nint)value
            : throw Corrupted($"The number {value} is not a valid IntPtr");
    }

    /// <summary>Reads a JSON number as a <see cref="UIntPtr"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public nuint ReadUIntPtr(ref Utf8JsonReader reader)
    {
        var value = ReadUInt64(ref reader);
        return value <= nuint.MaxValue ? (nuint)value : throw Corrupted($"The number {value} is not a valid UIntPtr");
    }

    /// <summary>Reads a JSON number, or the string NaN, Infinity or -Infinity, as a <see cref="Half"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Half ReadHalf(ref Utf8JsonReader reader)
    {
        // A number beyond Half's range would become an infinity, which Suspend writes as a string, never as one.
        var value = ReadDouble(ref reader);
        var half = (Half)value;
        return Half.IsFinite(half) || !double.IsFinite(value)
            ? half
            : throw Corrupted($"The number {value.ToString(CultureInfo.InvariantCulture)} is not a valid Half");
    }

    /// <summary>Reads a JSON number, or the string NaN, Infinity or -Infinity, as a <see cref="float"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public float ReadSingle(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return (float)ReadNonFinite(ref reader);
        }

        ExpectToken(ref reader, JsonTokenType.Number, "a number");
        // Parsing turns a number beyond the range into an infinity, which Suspend writes as a string, never as one.
        return reader.TryGetSingle(out var value) && float.IsFinite(value)
            ? value
            : throw Corrupted($"The number {Text(ref reader)} is not a valid Single");
    }

    /// <summary>Reads a JSON number, or the string NaN, Infinity or -Infinity, as a <see cref="double"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public double ReadDouble(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return ReadNonFinite(ref reader);
        }

        ExpectToken(ref reader, JsonTokenType.Number, "a number");
        return reader.TryGetDouble(out var value) && double.IsFinite(value)
            ? value
            : throw Corrupted($"The number {Text(ref reader)} is not a valid Double");
    }

    /// <summary>Reads a JSON number as a <see cref="decimal"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public decimal ReadDecimal(ref Utf8JsonReader reader)
    {
        ExpectToken(ref reader, JsonTokenType.Number, "a number");
        return reader.TryGetDecimal(out var value)
            ? value
            : throw Corrupted($"The number {Text(ref reader)} is not a valid Decimal");
    }

    /// <summary>Reads a one-character JSON string as a <see cref="char"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public char ReadChar(ref Utf8JsonReader reader)
    {
        var text = ReadString(ref reader);
        return text.Length == 1 ? text[0] : throw Corrupted("Expected a string of one character");
    }

    /// <summary>Reads a JSON string.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public string ReadString(ref Utf8JsonReader reader)
    {
        ExpectToken(ref reader, JsonTokenType.String, "a string");
        return reader.GetString()!;
    }

    /// <summary>Reads a JSON string as a <see cref="Guid"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Guid ReadGuid(ref Utf8JsonReader reader)
    {
        ExpectToken(ref reader, JsonTokenType.String, "a string");
        return reader.TryGetGuid(out var value) ? value : throw Corrupted("The string is not a valid Guid");
    }

    /// <summary>Reads an ISO 8601 JSON string as a <see cref="DateTime"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public DateTime ReadDateTime(ref Utf8JsonReader reader)
    {
        ExpectToken(ref reader, JsonTokenType.String, "a string");
        return reader.TryGetDateTime(out var value) ? value : throw Corrupted("The string is not a valid DateTime");
    }

    /// <summary>Reads an ISO 8601 JSON string as a <see cref="DateTimeOffset"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public DateTimeOffset ReadDateTimeOffset(ref Utf8JsonReader reader)
    {
        ExpectToken(ref reader, JsonTokenType.String, "a string");
        return reader.TryGetDateTimeOffset(out var value)
            ? value
            : throw Corrupted("The string is not a valid DateTimeOffset");
    }

    /// <summary>Reads a JSON string in the constant ("c") format as a <see cref="TimeSpan"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TimeSpan ReadTimeSpan(ref Utf8JsonReader reader)
    {
        ExpectToken(ref reader, JsonTokenType.String, "a string");

        // Decoding into a stack buffer spares a string per value. No UTF-8 byte decodes to more than one char, so
        // the buffer holds any value of up to its length in bytes; longer ones, escaped or invalid, take a string.
        const int bufferLength = 64;
        var byteLength = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (byteLength > bufferLength)
        {
            return ParseTimeSpan(reader.GetString());
        }

        Span<char> text = stackalloc char[bufferLength];
        var length = reader.CopyString(text);
        return ParseTimeSpan(text[..length]);
    }

    private TimeSpan ParseTimeSpan(ReadOnlySpan<char> text) =>
        TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Corrupted("The string is not a valid TimeSpan");

    /// <summary>Reads a yyyy-MM-dd JSON string as a <see cref="DateOnly"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public DateOnly ReadDateOnly(ref Utf8JsonReader reader) =>
        DateOnly.TryParseExact(
            ReadString(ref reader),
            "O",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var value
        )
            ? value
            : throw Corrupted("The string is not a valid DateOnly");

    /// <summary>Reads a JSON string in the round-trip ("O") format as a <see cref="TimeOnly"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TimeOnly ReadTimeOnly(ref Utf8JsonReader reader) =>
        TimeOnly.TryParseExact(
            ReadString(ref reader),
            "O",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var value
        )
            ? value
            : throw Corrupted("The string is not a valid TimeOnly");

    /// <summary>Reads a JSON string as a <see cref="Uri"/>, absolute or relative.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Uri ReadUri(ref Utf8JsonReader reader) =>
        Uri.TryCreate(ReadString(ref reader), UriKind.RelativeOrAbsolute, out var value)
            ? value
            : throw Corrupted("The string is not a valid Uri");

    /// <summary>Reads a base64 JSON string as a byte array.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public byte[] ReadByteArray(ref Utf8JsonReader reader)
    {
        ExpectToken(ref reader, JsonTokenType.String, "a string");
        return reader.TryGetBytesFromBase64(out var value) ? value : throw Corrupted("The string is not valid base64");
    }

    /// <summary>
    /// Reads any JSON value, null included, as a <see cref="JsonElement"/>. Every string in it is decoded first,
    /// so that invalid UTF-8 or a lone surrogate is reported as damage now: the element would keep it, and writing
    /// the state back would fail at the next checkpoint.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public JsonElement ReadJsonElement(ref Utf8JsonReader reader)
    {
        EnvelopeScanner.CheckStrings(reader);
        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>Reads the name of an enum value (the reader is on a string token).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public string ReadEnumName(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Corrupted($"Expected an enum name or number but found {Describe(reader.TokenType)}");
        }

        return reader.GetString()!;
    }

    private void ExpectToken(ref Utf8JsonReader reader, JsonTokenType expected, string description)
    {
        if (reader.TokenType != expected)
        {
            throw Corrupted($"Expected {description} but found {Describe(reader.TokenType)}");
        }
    }

    private double ReadNonFinite(ref Utf8JsonReader reader) =>
        reader.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            _ => throw Corrupted("Expected a number, or NaN, Infinity or -Infinity"),
        };

    private static string Text(ref Utf8JsonReader reader) =>
        reader.HasValueSequence
            ? Encoding.UTF8.GetString(reader.ValueSequence)
            : Encoding.UTF8.GetString(reader.ValueSpan);
}
