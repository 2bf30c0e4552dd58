using System;
using System.Collections.Generic;
using System.Text.Json;

namespace SessionToolkit;

/// <summary>
/// Reads the envelope object in any member order. Unknown members are skipped, a repeated envelope member is
/// rejected, and the session value is only checked for shape and skipped, so the state is read afterwards from
/// the saved reader.
/// </summary>
internal static class EnvelopeScanner
{
    /// <summary>
    /// Scans <paramref name="json"/>. The flags in <paramref name="reading"/> select whether the metadata values
    /// are kept, and whether the scan stops on the session member once version, type and metadata are known or
    /// checks the whole document. Returns the error instead of throwing it.
    /// </summary>
    public static CorruptedSessionException? Scan(
        ReadOnlySpan<byte> json,
        SessionSerializerOptions options,
        string? filePath,
        EnvelopeReading reading,
        ref EnvelopeHead head
    )
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = options.MaxDepth });
        var path = "$";
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return SessionFaults.Corrupted("the envelope is not a JSON object", "$", filePath);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                path = "$." + reader.GetString();
                var stop = false;
                var error = ReadMember(ref reader, ref head, path, filePath, reading, ref stop);
                if (error is not null)
                {
                    return error;
                }

                if (stop)
                {
                    return null;
                }
            }

            // Reading once more makes the reader reject anything after the envelope's closing brace.
            path = "$";
            if (reader.Read())
            {
                return SessionFaults.Corrupted("unexpected data after the envelope", "$", filePath);
            }

            return null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Malformed JSON, a depth above MaxDepth or a string that is not valid UTF-8.
            return SessionFaults.Corrupted($"invalid JSON ({e.Message})", path, filePath, e);
        }
    }

    /// <summary>
    /// Reads the envelope members before the session and stops with <paramref name="reader"/> on the session
    /// object's <c>StartObject</c>. Returns <c>false</c> when the version or the type does not come before the
    /// session, or on any fault, which <see cref="Scan"/> then reports.
    /// </summary>
    public static bool TryScanToSession(ref Utf8JsonReader reader, string? filePath, ref EnvelopeHead head)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(EnvelopeNames.Session))
            {
                head.HasSession = true;
                var headKnown = head.Version is not null && head.TypeId is not null;
                return headKnown && reader.Read() && reader.TokenType == JsonTokenType.StartObject;
            }

            var stop = false;
            var path = "$." + reader.GetString();
            if (ReadMember(ref reader, ref head, path, filePath, EnvelopeReading.Whole, ref stop) is not null)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads the envelope members after the session, with <paramref name="reader"/> on the session's
    /// <c>EndObject</c>, and checks that nothing follows the envelope. Returns <c>false</c> on any fault, which
    /// <see cref="Scan"/> then reports.
    /// </summary>
    public static bool TryScanAfterSession(ref Utf8JsonReader reader, string? filePath, ref EnvelopeHead head)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var stop = false;
            var path = "$." + reader.GetString();
            if (ReadMember(ref reader, ref head, path, filePath, EnvelopeReading.Whole, ref stop) is not null)
            {
                return false;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject && !reader.Read();
    }

    private static CorruptedSessionException? ReadMember(
        ref Utf8JsonReader reader,
        ref EnvelopeHead head,
        string path,
        string? filePath,
        EnvelopeReading reading,
        ref bool stop
    )
    {
        if (reader.ValueTextEquals(EnvelopeNames.Version))
        {
            return head.Version is null ? ReadVersion(ref reader, ref head, path, filePath) : Duplicate(path, filePath);
        }

        if (reader.ValueTextEquals(EnvelopeNames.Type))
        {
            return head.TypeId is null ? ReadType(ref reader, ref head, path, filePath) : Duplicate(path, filePath);
        }

        if (reader.ValueTextEquals(EnvelopeNames.Metadata))
        {
            var keepValues = reading.HasFlag(EnvelopeReading.KeepMetadata);
            return head.HasMetadata
                ? Duplicate(path, filePath)
                : ReadMetadata(ref reader, ref head, filePath, keepValues);
        }

        if (reader.ValueTextEquals(EnvelopeNames.Session))
        {
            if (head.HasSession)
            {
                return Duplicate(path, filePath);
            }

            head.HasSession = true;

            // Peek has all it needs once the head is known, so it does not look at the session at all.
            var headKnown = head.Version is not null && head.TypeId is not null && head.HasMetadata;
            if (reading.HasFlag(EnvelopeReading.StopAtSession) && headKnown)
            {
                stop = true;
                return null;
            }

            return ReadSession(ref reader, ref head, path, filePath);
        }

        reader.Read();
        reader.Skip();
        return null;
    }

    private static CorruptedSessionException? ReadVersion(
        ref Utf8JsonReader reader,
        ref EnvelopeHead head,
        string path,
        string? filePath
    )
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var version) || version < 1)
        {
            reader.Skip();
            return SessionFaults.Corrupted("the version is not a positive integer", path, filePath);
        }

        head.Version = version;
        return null;
    }

    private static CorruptedSessionException? ReadType(
        ref Utf8JsonReader reader,
        ref EnvelopeHead head,
        string path,
        string? filePath
    )
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.String)
        {
            return SessionFaults.Corrupted("the type is not a string", path, filePath);
        }

        head.TypeId = reader.GetString();
        return null;
    }

    private static CorruptedSessionException? ReadMetadata(
        ref Utf8JsonReader reader,
        ref EnvelopeHead head,
        string? filePath,
        bool keepValues
    )
    {
        head.HasMetadata = true;
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return SessionFaults.Corrupted("the metadata is not a JSON object", "$.metadata", filePath);
        }

        // Names are checked for repeats on every read, so that Peek and Resume agree on what is damaged.
        var names = new HashSet<string>(StringComparer.Ordinal);
        var metadata = keepValues ? new Dictionary<string, JsonElement>(StringComparer.Ordinal) : null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            if (!names.Add(name))
            {
                return Duplicate("$.metadata." + name, filePath);
            }

            reader.Read();
            CheckStrings(reader);
            if (metadata is null)
            {
                reader.Skip();
                continue;
            }

            // ParseValue copies the value out of the buffer, so the element outlives the decompressed bytes.
            metadata.Add(name, JsonElement.ParseValue(ref reader));
        }

        head.Metadata = metadata;
        return null;
    }

    /// <summary>
    /// Decodes every string and property name of the value the reader is on, so that invalid UTF-8 or a lone
    /// surrogate throws <see cref="InvalidOperationException"/> now. A JsonElement or JsonNode keeps such text
    /// until a later GetString throws in the caller's hands, or replaces it without notice. The reader is a copy,
    /// so the caller's position is kept.
    /// </summary>
    internal static void CheckStrings(Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        while (true)
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
            {
                _ = reader.GetString();
            }

            var valueEnded =
                reader.CurrentDepth == depth
                && reader.TokenType is not JsonTokenType.StartObject and not JsonTokenType.StartArray;
            if (valueEnded || !reader.Read())
            {
                return;
            }
        }
    }

    private static CorruptedSessionException? ReadSession(
        ref Utf8JsonReader reader,
        ref EnvelopeHead head,
        string path,
        string? filePath
    )
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return SessionFaults.Corrupted("the session is not a JSON object", path, filePath);
        }

        // The copy keeps the position; Skip checks the whole value, so the later read gets well-formed JSON.
        head.Session = reader;
        reader.Skip();
        return null;
    }

    private static CorruptedSessionException Duplicate(string path, string? filePath) =>
        SessionFaults.Corrupted($"the member '{path[2..]}' appears more than once", path, filePath);
}
