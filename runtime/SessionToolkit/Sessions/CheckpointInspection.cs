using System;

namespace SessionToolkit;

/// <summary>
/// What a listing found in one checkpoint file: a status (<c>null</c> when the file is missing), the reason when
/// it is not resumable, and its envelope head when that could be read.
/// </summary>
internal readonly record struct CheckpointInspection(SessionStatus? Status, string? Reason, SessionPeekResult? Peek)
{
    internal bool IsMissing => Status is null;

    /// <summary>
    /// Loads one checkpoint file with <paramref name="load"/> and checks it: the whole gzip stream, and the whole
    /// JSON for syntax, depth and the envelope members, without reading the session's values. Damage becomes <see cref="SessionStatus.Corrupted"/>; an I/O error is
    /// raised, because it says nothing about the file's content.
    /// </summary>
    internal static CheckpointInspection Inspect(
        Func<byte[]> load,
        string file,
        SessionSerializerOptions options,
        Func<SessionPeekResult, string, SessionResumeException?>? compatibility
    )
    {
        byte[] data;
        try
        {
            data = load();
        }
        catch (CorruptedSessionException exception)
        {
            return new(SessionStatus.Corrupted, exception.Message, null);
        }

        if (data.Length == 0)
        {
            return new(null, null, null);
        }

        // The whole JSON is checked, not only the head Peek needs: a checkpoint listed as resumable must not fail
        // on malformed JSON or a repeated envelope member after the session. The reader pass materialises nothing.
        if (
            !SessionSerializer.TryPeekEnvelope(
                data,
                EnvelopeReading.KeepMetadata,
                out var peek,
                out var error,
                options,
                file
            )
        )
        {
            return new(SessionStatus.Corrupted, error.Message, null);
        }

        var fault = compatibility?.Invoke(peek, file);
        var status = fault switch
        {
            null => SessionStatus.Resumable,
            IncompatibleSessionException => SessionStatus.Incompatible,
            _ => SessionStatus.Corrupted,
        };
        return new(status, fault?.Message, peek);
    }
}
