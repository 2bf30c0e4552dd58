using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace SessionToolkit;

// Writers of nullable values, collections, dictionaries and nested state or data types. Generated code passes
// the element writer as a static lambda, so nested shapes such as List<Dictionary<string, int?>> need no
// generated helper methods.
public sealed partial class SessionWriteContext
{
    /// <summary>Writes <paramref name="value"/>, or null.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteNullable<T>(Utf8JsonWriter writer, T? value, SessionValueWriter<T> write)
        where T : class
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        write(writer, value, this);
    }

    /// <summary>Writes the value of <paramref name="value"/>, or null.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteNullableValue<T>(Utf8JsonWriter writer, T? value, SessionValueWriter<T> write)
        where T : struct
    {
        if (value is not { } present)
        {
            writer.WriteNullValue();
            return;
        }

        write(writer, present, this);
    }

    /// <summary>Writes a nested state or data object through its generated serializer, or null.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteData<T>(Utf8JsonWriter writer, T? value)
        where T : ISessionData<T>
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        T.Write(writer, value, this);
    }

    /// <summary>Writes <paramref name="items"/> as a JSON array, or null.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteSequence<T>(Utf8JsonWriter writer, IEnumerable<T>? items, SessionValueWriter<T> write)
    {
        if (items is null)
        {
            writer.WriteNullValue();
            return;
        }

        WriteStartArray(writer);
        var index = 0;
        foreach (var item in items)
        {
            WriteElement(writer, item, index++, write);
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Writes a list as a JSON array, or null. The overload exists so that the list's struct enumerator is not
    /// boxed, which would allocate once per list.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteSequence<T>(Utf8JsonWriter writer, List<T>? items, SessionValueWriter<T> write)
    {
        if (items is null)
        {
            writer.WriteNullValue();
            return;
        }

        WriteStartArray(writer);
        var index = 0;
        foreach (var item in items)
        {
            WriteElement(writer, item, index++, write);
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Writes an array as a JSON array, or null. The overload exists so that no enumerator is allocated.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteSequence<T>(Utf8JsonWriter writer, T[]? items, SessionValueWriter<T> write)
    {
        if (items is null)
        {
            writer.WriteNullValue();
            return;
        }

        WriteStartArray(writer);
        for (var index = 0; index < items.Length; index++)
        {
            WriteElement(writer, items[index], index, write);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes an immutable array as a JSON array; a default array is written as an empty one.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteImmutableArray<T>(Utf8JsonWriter writer, ImmutableArray<T> items, SessionValueWriter<T> write)
    {
        WriteStartArray(writer);
        var index = 0;
        foreach (var item in items.IsDefault ? [] : items)
        {
            WriteElement(writer, item, index++, write);
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Writes a dictionary as a JSON object, or null, each key turned into a member name by <paramref name="key"/>.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteDictionary<TKey, TValue>(
        Utf8JsonWriter writer,
        IEnumerable<KeyValuePair<TKey, TValue>>? entries,
        Func<TKey, string> key,
        SessionValueWriter<TValue> write
    )
    {
        if (entries is null)
        {
            writer.WriteNullValue();
            return;
        }

        WriteStartObject(writer);
        foreach (var entry in entries)
        {
            WriteEntry(writer, key(entry.Key), entry.Value, write);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a dictionary as a JSON object, or null, each key turned into a member name by <paramref name="key"/>.
    /// The overload exists so that the dictionary's struct enumerator is not boxed.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteDictionary<TKey, TValue>(
        Utf8JsonWriter writer,
        Dictionary<TKey, TValue>? entries,
        Func<TKey, string> key,
        SessionValueWriter<TValue> write
    )
        where TKey : notnull
    {
        if (entries is null)
        {
            writer.WriteNullValue();
            return;
        }

        WriteStartObject(writer);
        foreach (var entry in entries)
        {
            WriteEntry(writer, key(entry.Key), entry.Value, write);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a dictionary with string keys as a JSON object, or null. The keys are the member names, so no key
    /// delegate is called per entry.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteDictionary<TValue>(
        Utf8JsonWriter writer,
        IEnumerable<KeyValuePair<string, TValue>>? entries,
        SessionValueWriter<TValue> write
    )
    {
        if (entries is null)
        {
            writer.WriteNullValue();
            return;
        }

        WriteStartObject(writer);
        foreach (var entry in entries)
        {
            WriteEntry(writer, entry.Key, entry.Value, write);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a dictionary with string keys as a JSON object, or null, without boxing its struct enumerator.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteDictionary<TValue>(
        Utf8JsonWriter writer,
        Dictionary<string, TValue>? entries,
        SessionValueWriter<TValue> write
    )
    {
        if (entries is null)
        {
            writer.WriteNullValue();
            return;
        }

        WriteStartObject(writer);
        foreach (var entry in entries)
        {
            WriteEntry(writer, entry.Key, entry.Value, write);
        }

        writer.WriteEndObject();
    }

    /// <summary>Formats an integer dictionary key.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static string FormatIntegerKey<T>(T key)
        where T : IBinaryInteger<T> => key.ToString(null, CultureInfo.InvariantCulture);

    private void WriteElement<T>(Utf8JsonWriter writer, T item, int index, SessionValueWriter<T> write)
    {
        _path.PushIndex(index);
        write(writer, item, this);
        _path.Pop();
    }

    private void WriteEntry<TValue>(Utf8JsonWriter writer, string name, TValue value, SessionValueWriter<TValue> write)
    {
        BeginMember(writer, name);
        write(writer, value, this);
        EndMember();
    }
}
