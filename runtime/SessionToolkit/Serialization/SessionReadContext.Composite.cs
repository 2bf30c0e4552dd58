using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace SessionToolkit;

// Readers of nullable values, collections, dictionaries and nested state or data types. Each element read adds
// its index or key to the path, so an error deep inside a collection names the exact value.
public sealed partial class SessionReadContext
{
    /// <summary>Reads null, or a value through <paramref name="read"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public T? ReadNullable<T>(ref Utf8JsonReader reader, SessionValueReader<T> read)
        where T : class => reader.TokenType == JsonTokenType.Null ? null : read(ref reader, this);

    /// <summary>Reads a value through <paramref name="read"/>, rejecting null for a non-nullable reference type.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public T ReadNotNull<T>(ref Utf8JsonReader reader, SessionValueReader<T> read)
        where T : class =>
        reader.TokenType == JsonTokenType.Null
            ? throw Corrupted("Null is not allowed for this non-nullable value")
            : read(ref reader, this);

    /// <summary>Reads null, or a value through <paramref name="read"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public T? ReadNullableValue<T>(ref Utf8JsonReader reader, SessionValueReader<T> read)
        where T : struct => reader.TokenType == JsonTokenType.Null ? null : read(ref reader, this);

    /// <summary>Reads a nested state or data object through its generated serializer.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public T ReadData<T>(ref Utf8JsonReader reader)
        where T : ISessionData<T> => T.Read(ref reader, this);

    /// <summary>Reads a JSON array into a list.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public List<T> ReadList<T>(ref Utf8JsonReader reader, SessionValueReader<T> read)
    {
        ExpectToken(ref reader, JsonTokenType.StartArray, "an array");
        var items = new List<T>();
        while (true)
        {
            Advance(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return items;
            }

            _path.PushIndex(items.Count);
            items.Add(read(ref reader, this));
            _path.Pop();
        }
    }

    /// <summary>Reads a JSON array into a set; a repeated element is kept once.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public HashSet<T> ReadHashSet<T>(ref Utf8JsonReader reader, SessionValueReader<T> read) =>
        [.. ReadList(ref reader, read)];

    /// <summary>Reads a JSON object into a dictionary; a repeated key is rejected.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Dictionary<TKey, TValue> ReadDictionary<TKey, TValue>(
        ref Utf8JsonReader reader,
        SessionKeyReader<TKey> key,
        SessionValueReader<TValue> read
    )
        where TKey : notnull
    {
        ExpectStartObject(ref reader);
        var entries = new Dictionary<TKey, TValue>();
        while (ReadNextMember(ref reader))
        {
            var name = reader.GetString()!;
            _path.PushName(name);
            var parsed = key(name, this);
            if (entries.ContainsKey(parsed))
            {
                throw Corrupted($"The object has a duplicate key '{name}'");
            }

            Advance(ref reader);
            entries.Add(parsed, read(ref reader, this));
            _path.Pop();
        }

        return entries;
    }

    /// <summary>Parses an integer dictionary key.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public T ParseIntegerKey<T>(string key)
        where T : IBinaryInteger<T> =>
        T.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Corrupted($"The key '{key}' is not a valid {typeof(T).Name}");
}
