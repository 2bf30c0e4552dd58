using System;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace SessionToolkit;

// Writers of the scalar member types; generated code calls them so that each format rule lives in one place.
public sealed partial class SessionWriteContext
{
    /// <summary>Writes a <see cref="bool"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteBoolean(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

    /// <summary>Writes a <see cref="Byte"/> as a JSON number.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteByte(Utf8JsonWriter writer, byte value) => writer.WriteNumberValue((int)value);

    /// <summary>Writes a <see cref="SByte"/> as a JSON number.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteSByte(Utf8JsonWriter writer, sbyte value) => writer.WriteNumberValue((int)value);

    /// <summary>Writes a <see cref="Int16"/> as a JSON number.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteInt16(Utf8JsonWriter writer, short value) => writer.WriteNumberValue((int)value);

    /// <summary>Writes a <see cref="UInt16"/> as a JSON number.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteUInt16(Utf8JsonWriter writer, ushort value) => writer.WriteNumberValue((int)value);

    /// <summary>Writes a <see cref="Int32"/> as a JSON number.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteInt32(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);

    /// <summary>Writes a <see cref="UInt32"/> as a JSON number.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteUInt32(Utf8JsonWriter writer, uint value) => writer.WriteNumberValue(value);

    /// <summary>Writes a <see cref="Int64"/> as a JSON number.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteInt64(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

    /// <summary>Writes a <see cref="UInt64"/> as a JSON number.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteUInt64(Utf8JsonWriter writer, ulong value) => writer.WriteNumberValue(value);

    /// <summary>Writes an <see cref="Int128"/> as a JSON number with every digit.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteInt128(Utf8JsonWriter writer, Int128 value) =>
        writer.WriteRawValue(value.ToString(CultureInfo.InvariantCulture), skipInputValidation: true);

    /// <summary>Writes a <see cref="UInt128"/> as a JSON number with every digit.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteUInt128(Utf8JsonWriter writer, UInt128 value) =>
        writer.WriteRawValue(value.ToString(CultureInfo.InvariantCulture), skipInputValidation: true);

    /// <summary>Writes an <see cref="IntPtr"/> as a JSON number.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteIntPtr(Utf8JsonWriter writer, nint value) => writer.WriteNumberValue((long)value);

    /// <summary>Writes a <see cref="UIntPtr"/> as a JSON number.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteUIntPtr(Utf8JsonWriter writer, nuint value) => writer.WriteNumberValue((ulong)value);

    /// <summary>Writes a <see cref="Half"/> as a JSON number, or NaN and the infinities as strings.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteHalf(Utf8JsonWriter writer, Half value) => WriteDouble(writer, (double)value);

    /// <summary>Writes a <see cref="float"/> as a JSON number, or NaN and the infinities as strings.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteSingle(Utf8JsonWriter writer, float value)
    {
        if (float.IsFinite(value))
        {
            writer.WriteNumberValue(value);
            return;
        }

        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Writes a <see cref="double"/> as a JSON number, or NaN and the infinities as strings.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteDouble(Utf8JsonWriter writer, double value)
    {
        // JSON has no literal for NaN or the infinities, so they are written as the strings .NET parses back.
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
            return;
        }

        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Writes a <see cref="decimal"/> as a JSON number.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteDecimal(Utf8JsonWriter writer, decimal value) => writer.WriteNumberValue(value);

    /// <summary>Writes a <see cref="char"/> as a one-character string.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteChar(Utf8JsonWriter writer, char value) => writer.WriteStringValue([value]);

    /// <summary>Writes a <see cref="string"/>, or null.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteString(Utf8JsonWriter writer, string? value) => writer.WriteStringValue(value);

    /// <summary>Writes a <see cref="Guid"/> in the "D" format.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteGuid(Utf8JsonWriter writer, Guid value) => writer.WriteStringValue(value);

    /// <summary>Writes a <see cref="DateTime"/> in ISO 8601 form, keeping its kind.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteDateTime(Utf8JsonWriter writer, DateTime value) => writer.WriteStringValue(value);

    /// <summary>Writes a <see cref="DateTimeOffset"/> in ISO 8601 form.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteDateTimeOffset(Utf8JsonWriter writer, DateTimeOffset value) => writer.WriteStringValue(value);

    /// <summary>Writes a <see cref="TimeSpan"/> in the constant ("c") format.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteTimeSpan(Utf8JsonWriter writer, TimeSpan value)
    {
        // The longest "c" form, -10675199.02:48:05.4775808, has 26 characters. Formatting to UTF-8 on the stack
        // keeps suspend from allocating a string per value and the writer from transcoding it.
        Span<byte> text = stackalloc byte[32];
        value.TryFormat(text, out var length, "c", CultureInfo.InvariantCulture);
        writer.WriteStringValue(text[..length]);
    }

    /// <summary>Writes a <see cref="DateOnly"/> as yyyy-MM-dd.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteDateOnly(Utf8JsonWriter writer, DateOnly value)
    {
        // yyyy-MM-dd is 10 bytes.
        Span<byte> text = stackalloc byte[16];
        value.TryFormat(text, out var length, "O", CultureInfo.InvariantCulture);
        writer.WriteStringValue(text[..length]);
    }

    /// <summary>Writes a <see cref="TimeOnly"/> in the round-trip ("O") format.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteTimeOnly(Utf8JsonWriter writer, TimeOnly value)
    {
        // HH:mm:ss.fffffff is 16 bytes.
        Span<byte> text = stackalloc byte[16];
        value.TryFormat(text, out var length, "O", CultureInfo.InvariantCulture);
        writer.WriteStringValue(text[..length]);
    }

    /// <summary>Writes a <see cref="Uri"/> as its original string, or null.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteUri(Utf8JsonWriter writer, Uri? value) => writer.WriteStringValue(value?.OriginalString);

    /// <summary>Writes a byte array as a base64 string, or null.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteByteArray(Utf8JsonWriter writer, byte[]? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteBase64StringValue(value);
    }

    /// <summary>Writes a <see cref="JsonElement"/> as it is; a default element is written as null.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteJsonElement(Utf8JsonWriter writer, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            writer.WriteNullValue();
            return;
        }

        value.WriteTo(writer);
    }
}
