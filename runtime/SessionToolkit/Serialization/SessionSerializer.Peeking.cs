using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace SessionToolkit;

public static partial class SessionSerializer
{
    /// <summary>
    /// Reads version, type id and metadata of the checkpoint <paramref name="data"/> without materialising the
    /// state. The whole gzip stream is checked; of the JSON only the envelope head is parsed.
    /// </summary>
    /// <exception cref="CorruptedSessionException">The checkpoint is damaged.</exception>
    public static SessionPeekResult Peek(
        ReadOnlySpan<byte> data,
        SessionSerializerOptions? options = null,
        string? filePath = null
    )
    {
        if (!TryPeek(data, out var result, out var error, options, filePath))
        {
            throw error;
        }

        return result;
    }

    /// <summary>
    /// Does what <see cref="Peek"/> does but returns the error instead of throwing it, so that a listing of many
    /// sessions classifies damaged checkpoints cheaply. Malformed JSON is still caught from the JSON reader
    /// inside.
    /// </summary>
    /// <returns><c>true</c> with <paramref name="result"/> set, or <c>false</c> with <paramref name="error"/> set.</returns>
    public static bool TryPeek(
        ReadOnlySpan<byte> data,
        [NotNullWhen(true)] out SessionPeekResult? result,
        [NotNullWhen(false)] out CorruptedSessionException? error,
        SessionSerializerOptions? options = null,
        string? filePath = null
    ) =>
        TryPeekEnvelope(
            data,
            EnvelopeReading.KeepMetadata | EnvelopeReading.StopAtSession,
            out result,
            out error,
            options,
            filePath
        );

    /// <summary>
    /// Does what TryPeek does, with the envelope scan set by the flags in <paramref name="reading"/>. Without
    /// <see cref="EnvelopeReading.StopAtSession"/> it also checks the JSON after the head: its syntax up to the
    /// end and the envelope members that follow the session.
    /// </summary>
    internal static bool TryPeekEnvelope(
        ReadOnlySpan<byte> data,
        EnvelopeReading reading,
        [NotNullWhen(true)] out SessionPeekResult? result,
        [NotNullWhen(false)] out CorruptedSessionException? error,
        SessionSerializerOptions? options = null,
        string? filePath = null
    )
    {
        options ??= SessionSerializerOptions.Default;
        options.Validate();
        result = null;

        error = CheckpointGzip.Decompress(data, options.MaxUncompressedBytes, filePath, out var json);
        if (error is not null)
        {
            return false;
        }

        using (json)
        {
            var head = new EnvelopeHead();
            error = EnvelopeScanner.Scan(json!.WrittenSpan, options, filePath, reading, ref head);
            if (error is null && head.Version is null)
            {
                error = SessionFaults.Corrupted("missing version", "$", filePath);
            }

            if (error is null && !head.HasSession)
            {
                error = SessionFaults.Corrupted("missing session", "$", filePath);
            }

            if (error is not null)
            {
                return false;
            }

            result = new SessionPeekResult(head.Version!.Value, head.TypeId, ReadOnly(head.Metadata));
            return true;
        }
    }

    private static IReadOnlyDictionary<string, JsonElement> ReadOnly(Dictionary<string, JsonElement>? metadata) =>
        metadata is null ? ReadOnlyDictionary<string, JsonElement>.Empty : metadata.AsReadOnly();
}
