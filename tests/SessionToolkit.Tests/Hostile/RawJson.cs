using System;
using System.Collections.Generic;
using System.Text.Json;

namespace SessionToolkit.Tests.Hostile;

/// <summary>
/// A JSON document as a tree that keeps every token's raw bytes, so that a mutation can write what a JSON library
/// would refuse to: repeated member names, invalid UTF-8, unbalanced or over-deep values.
/// </summary>
internal abstract class RawJson
{
    /// <summary>Parses well-formed <paramref name="json"/>, keeping strings and numbers as they are written.</summary>
    public static RawJson Parse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 1000 });
        reader.Read();
        return ReadValue(ref reader);
    }

    /// <summary>Appends the value's bytes, without whitespace.</summary>
    public abstract void WriteTo(List<byte> output);

    /// <summary>Returns the value's bytes.</summary>
    public byte[] ToBytes()
    {
        var output = new List<byte>();
        WriteTo(output);
        return [.. output];
    }

    /// <summary>Returns a copy that shares no mutable part with this value.</summary>
    public abstract RawJson Clone();

    private static RawJson ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var members = new List<RawMember>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = Quoted(reader.ValueSpan);
                    reader.Read();
                    members.Add(new RawMember(name, ReadValue(ref reader)));
                }

                return new RawObject(members);
            case JsonTokenType.StartArray:
                var items = new List<RawJson>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader));
                }

                return new RawArray(items);
            case JsonTokenType.String:
                return new RawScalar(Quoted(reader.ValueSpan));
            default:
                return new RawScalar(reader.ValueSpan.ToArray());
        }
    }

    /// <summary>Writes <paramref name="items"/> between two brackets, separated by commas.</summary>
    protected static void WriteList<T>(List<byte> output, char open, List<T> items, Action<T> write, char close)
    {
        output.Add((byte)open);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                output.Add((byte)',');
            }

            write(items[i]);
        }

        output.Add((byte)close);
    }

    private static byte[] Quoted(ReadOnlySpan<byte> escaped) => [(byte)'"', .. escaped, (byte)'"'];
}

/// <summary>A string, number or literal, or any bytes put in place of a value.</summary>
internal sealed class RawScalar(byte[] raw) : RawJson
{
    public byte[] Raw { get; } = raw;

    public override void WriteTo(List<byte> output) => output.AddRange(Raw);

    public override RawJson Clone() => new RawScalar(Raw);
}

/// <summary>An object member. <see cref="Name"/> is the quoted, escaped name as written.</summary>
internal sealed class RawMember(byte[] name, RawJson value)
{
    public byte[] Name { get; set; } = name;

    public RawJson Value { get; set; } = value;

    public RawMember Clone() => new(Name, Value.Clone());
}

internal sealed class RawObject(List<RawMember> members) : RawJson
{
    public List<RawMember> Members { get; } = members;

    public override void WriteTo(List<byte> output) =>
        WriteList(
            output,
            '{',
            Members,
            member =>
            {
                output.AddRange(member.Name);
                output.Add((byte)':');
                member.Value.WriteTo(output);
            },
            '}'
        );

    public override RawJson Clone() => new RawObject(Members.ConvertAll(member => member.Clone()));
}

internal sealed class RawArray(List<RawJson> items) : RawJson
{
    public List<RawJson> Items { get; } = items;

    public override void WriteTo(List<byte> output) => WriteList(output, '[', Items, item => item.WriteTo(output), ']');

    public override RawJson Clone() => new RawArray(Items.ConvertAll(item => item.Clone()));
}
