using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using SessionToolkit.Generators.Schema;

namespace SessionToolkit;

/// <summary>
/// Writes the <c>session</c> object of a golden checkpoint: every recorded member with a sample value of its wire
/// type, as the code of that version would have written it. Each string is its member's name, so a test can follow
/// a value through a rename. Numbers count up from 1 in writing order, and every array and map has one entry.
/// </summary>
internal sealed class GoldenSampleWriter
{
    private readonly SchemaShape _shape;
    private readonly IReadOnlyDictionary<string, string> _samples;
    private readonly Utf8JsonWriter _writer;
    private readonly HashSet<string> _open = new(StringComparer.Ordinal);
    private int _counter;

    private GoldenSampleWriter(SchemaShape shape, IReadOnlyDictionary<string, string> samples, Utf8JsonWriter writer)
    {
        _shape = shape;
        _samples = samples;
        _writer = writer;
    }

    /// <summary>Writes the session object of <paramref name="shape"/> to <paramref name="writer"/>.</summary>
    /// <exception cref="InvalidOperationException">The schema does not record a member's JSON, and no sample is given.</exception>
    public static void Write(SchemaShape shape, IReadOnlyDictionary<string, string> samples, Utf8JsonWriter writer) =>
        new GoldenSampleWriter(shape, samples, writer).WriteMembers(shape.Root, "$.session");

    private void WriteMembers(SchemaObject shape, string path, string? discriminator = null)
    {
        _writer.WriteStartObject();
        if (discriminator is not null)
        {
            _writer.WriteString("$type", discriminator);
        }

        foreach (var member in shape.Members)
        {
            _writer.WritePropertyName(member.Name);
            WriteValue(member.Type, member.Name, $"{path}.{member.Name}");
        }

        _writer.WriteEndObject();
    }

    private void WriteValue(WireType type, string member, string path)
    {
        if (_samples.TryGetValue((type with { Nullable = false }).ToString(), out var sample))
        {
            WriteSample(sample, type, path);
            return;
        }

        switch (type.Head)
        {
            case WireType.Array:
                _writer.WriteStartArray();
                if (!IsOpenObject(type.Element!))
                {
                    WriteValue(type.Element!, member, path + "[0]");
                }

                _writer.WriteEndArray();
                break;
            case WireType.Map:
                _writer.WriteStartObject();
                if (!IsOpenObject(type.Element!))
                {
                    var key = KeySample(type.Key!, path);
                    _writer.WritePropertyName(key);
                    WriteValue(type.Element!, member, $"{path}['{key}']");
                }

                _writer.WriteEndObject();
                break;
            case WireType.Object:
                WriteObject(type, path);
                break;
            case WireType.Enum:
                _writer.WriteStringValue(EnumValues(type.Name, path)[0]);
                break;
            case WireType.Converter:
                throw NoSample(type, path, "a converter decides its JSON, which the schema does not record");
            default:
                WriteScalar(type.Head, member);
                break;
        }
    }

    // A type that contains itself ends where it would repeat: with null for a member, or an empty array or map.
    private void WriteObject(WireType type, string path)
    {
        if (IsOpenObject(type))
        {
            _writer.WriteNullValue();
            return;
        }

        var shape = FindObject(type.Name, type, path);
        var discriminator = shape.Derived.Keys.Order(StringComparer.Ordinal).FirstOrDefault();
        if (discriminator is not null)
        {
            // A polymorphic member gets its first derived type, which also works where the base type is abstract.
            shape = FindObject(shape.Derived[discriminator], type, path);
        }

        _open.Add(type.Name);
        WriteMembers(shape, path, discriminator);
        _open.Remove(type.Name);
    }

    private void WriteScalar(string head, string member)
    {
        switch (head)
        {
            case "bool":
                _writer.WriteBooleanValue(true);
                break;
            case "string":
            case "json":
                _writer.WriteStringValue(member);
                break;
            case "char":
                _writer.WriteStringValue(member.Substring(0, 1));
                break;
            case "half" or "single" or "double" or "decimal":
                _writer.WriteRawValue(NextNumber().ToString(CultureInfo.InvariantCulture) + ".5");
                break;
            case "bytes":
                _writer.WriteBase64StringValue(Encoding.UTF8.GetBytes(member));
                break;
            case "guid":
                _writer.WriteStringValue(new Guid(NextNumber(), 0, 0, new byte[8]));
                break;
            case "datetime":
                _writer.WriteStringValue("2001-02-03T04:05:06.0000000Z");
                break;
            case "datetimeoffset":
                _writer.WriteStringValue("2001-02-03T04:05:06.0000000+00:00");
                break;
            case "timespan":
                _writer.WriteStringValue("01:02:03");
                break;
            case "dateonly":
                _writer.WriteStringValue("2001-02-03");
                break;
            case "timeonly":
                _writer.WriteStringValue("04:05:06.0000000");
                break;
            case "uri":
                _writer.WriteStringValue("https://example.com/" + Uri.EscapeDataString(member));
                break;
            default:
                _writer.WriteNumberValue(NextNumber());
                break;
        }
    }

    // Below 100, so that the value fits every integer type, sbyte included.
    private int NextNumber() => _counter++ % 99 + 1;

    private string KeySample(WireType key, string path) =>
        key.Head switch
        {
            WireType.Enum => EnumValues(key.Name, path)[0],
            "string" => "key",
            _ => "1",
        };

    private void WriteSample(string sample, WireType type, string path)
    {
        try
        {
            _writer.WriteRawValue(sample);
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            throw new InvalidOperationException(
                $"The sample given for {type with { Nullable = false }} at {path} is not valid JSON: {e.Message}",
                e
            );
        }
    }

    private bool IsOpenObject(WireType type) => type.Head == WireType.Object && _open.Contains(type.Name);

    private SchemaObject FindObject(string name, WireType type, string path) =>
        _shape.Objects.TryGetValue(name, out var shape)
            ? shape
            : throw NoSample(
                type,
                path,
                $"the schema records '{name}' by name only, because it is declared in another assembly"
            );

    private IReadOnlyList<string> EnumValues(string name, string path) =>
        _shape.Enums.TryGetValue(name, out var values) && values.Count > 0
            ? values
            : throw new InvalidOperationException($"The schema records no values of enum '{name}', used at {path}.");

    private static InvalidOperationException NoSample(WireType type, string path, string reason)
    {
        var key = (type with { Nullable = false }).ToString();
        return new InvalidOperationException(
            $"No sample value can be made for {key} at {path}: {reason}. Give one as JSON text in "
                + $"GoldenCheckpointOptions.Samples[\"{key}\"]."
        );
    }
}
