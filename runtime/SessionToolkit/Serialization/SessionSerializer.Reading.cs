using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SessionToolkit;

public static partial class SessionSerializer
{
    /// <summary>Reads the checkpoint <paramref name="data"/> back into a state object.</summary>
    /// <param name="data">The checkpoint bytes, as Suspend wrote them.</param>
    /// <param name="options">Limits; the defaults when <c>null</c>.</param>
    /// <param name="filePath">File the bytes came from, named in every error.</param>
    /// <exception cref="CorruptedSessionException">The checkpoint is damaged.</exception>
    /// <exception cref="IncompatibleSessionException">The checkpoint is newer or holds another state type.</exception>
    public static T Resume<T>(
        ReadOnlySpan<byte> data,
        SessionSerializerOptions? options = null,
        string? filePath = null
    )
        where T : ISessionState<T>
    {
        options ??= SessionSerializerOptions.Default;
        options.Validate();

        var error = CheckpointGzip.Decompress(data, options.MaxUncompressedBytes, filePath, out var json);
        if (error is not null)
        {
            throw error;
        }

        using (json)
        {
            return ReadEnvelope<T>(json!.WrittenSpan, options, filePath);
        }
    }

    private static T ReadEnvelope<T>(ReadOnlySpan<byte> json, SessionSerializerOptions options, string? filePath)
        where T : ISessionState<T>
    {
        if (TryReadInOnePass<T>(json, options, filePath, out var state))
        {
            return state;
        }

        var head = new EnvelopeHead();
        SessionResumeException? fault = EnvelopeScanner.Scan(json, options, filePath, EnvelopeReading.Whole, ref head);

        // A checkpoint without its session is damaged whatever type its head names, so that comes before the type
        // check, in the order Peek and Scan report it.
        if (fault is null && head.Version is not null && !head.HasSession)
        {
            fault = SessionFaults.Corrupted("missing session", "$", filePath);
        }

        fault ??= CheckCompatibility<T>(head.Version, head.TypeId, filePath);

        if (fault is not null)
        {
            throw fault;
        }

        return ReadSession<T>(ref head.Session, head.Version!.Value, options, filePath);
    }

    /// <summary>
    /// Reads the session as the envelope scan reaches it. Suspend writes version and type before the session, so
    /// for its checkpoints this spares a second pass over the largest member, which took about a fifth of resume's
    /// time in the benchmarks of docs/benchmarks.md.
    /// </summary>
    /// <remarks>
    /// Another member order, a stored version that needs migration, and every fault return <c>false</c>, and the
    /// two-pass read then runs from the start, so damage is reported exactly as that read reports it. For a
    /// damaged checkpoint the state's setters and converters may therefore run twice.
    /// </remarks>
    private static bool TryReadInOnePass<T>(
        ReadOnlySpan<byte> json,
        SessionSerializerOptions options,
        string? filePath,
        [MaybeNullWhen(false)] out T state
    )
        where T : ISessionState<T>
    {
        state = default;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = options.MaxDepth });
        var head = new EnvelopeHead();
        try
        {
            if (!EnvelopeScanner.TryScanToSession(ref reader, filePath, ref head))
            {
                return false;
            }

            if (
                head.Version != T.SessionVersion
                || CheckCompatibility<T>(head.Version, head.TypeId, filePath) is not null
            )
            {
                return false;
            }

            var read = ReadSession<T>(ref reader, T.SessionVersion, options, filePath);
            if (!EnvelopeScanner.TryScanAfterSession(ref reader, filePath, ref head))
            {
                return false;
            }

            state = read;
            return true;
        }
        catch (Exception e) when (e is SessionResumeException or JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// Checks a checkpoint's head against <typeparamref name="T"/>: the version is present and not newer, and the
    /// type id, when present, is the state's. Returns the error instead of throwing it.
    /// </summary>
    internal static SessionResumeException? CheckCompatibility<T>(int? version, string? typeId, string? filePath)
        where T : ISessionState<T>
    {
        // A missing version is never taken as the current one: an old file would be read with the wrong shape.
        if (version is null)
        {
            return SessionFaults.Corrupted("missing version", "$", filePath);
        }

        if (typeId is not null && typeId != T.SessionTypeId)
        {
            return SessionFaults.OtherType(typeId, T.SessionTypeId, filePath);
        }

        if (version > T.SessionVersion)
        {
            return SessionFaults.NewerVersion(version.Value, T.SessionVersion, filePath);
        }

        return null;
    }

    private static T ReadSession<T>(
        ref Utf8JsonReader reader,
        int storedVersion,
        SessionSerializerOptions options,
        string? filePath
    )
        where T : ISessionState<T>
    {
        var context = new SessionReadContext(options, filePath) { StoredVersion = storedVersion };
        try
        {
            return storedVersion == T.SessionVersion
                ? T.Read(ref reader, context)
                : ReadMigrated<T>(ref reader, storedVersion, context);
        }
        catch (Exception e)
            when (e is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            // Generated readers report bad values themselves; these come from the reader and the value parsers
            // underneath them, and are damage in the file as well. The context's path is where the generated
            // reader was when the error surfaced.
            var path = context.CurrentPath;
            throw SessionFaults.Corrupted($"invalid session data ({e.Message})", path, filePath, e);
        }
        catch (Exception e) when (e is not SessionResumeException and not OutOfMemoryException)
        {
            // Anything else comes from the user's code: a setter, constructor or converter that rejected the
            // stored value. For the caller that is a checkpoint this code cannot take, so it stays one of the
            // two resume errors, with the user's exception inside.
            var path = context.CurrentPath;
            var message = $"the stored value was rejected by the state's code ({e.GetType().Name}: {e.Message})";
            throw SessionFaults.Corrupted(message, path, filePath, e);
        }
    }

    private static T ReadMigrated<T>(ref Utf8JsonReader reader, int storedVersion, SessionReadContext context)
        where T : ISessionState<T>
    {
        // The current-version reader rejects undecodable text, and the migrated one must too, because a JsonNode
        // would pass it on with replacement characters.
        EnvelopeScanner.CheckStrings(reader);
        var session = JsonNode.Parse(ref reader)!.AsObject();
        JsonObject upgraded;
        try
        {
            upgraded = T.MigrateSession(session, storedVersion);
        }
        catch (Exception e) when (e is not SessionResumeException)
        {
            // A migration fails when the stored JSON lacks the shape it expects, which is damage in the file.
            throw SessionFaults.Corrupted(
                $"the migration from version {storedVersion} failed ({e.Message})",
                "$.session",
                context.FilePath,
                e
            );
        }

        // The session object is a document of its own here, one level up from its place in the envelope.
        var depth = context.Options.MaxDepth - 1;
        using var buffer = new PooledByteBufferWriter();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { MaxDepth = depth }))
        {
            upgraded.WriteTo(writer);
        }

        var migrated = new Utf8JsonReader(buffer.WrittenSpan, new JsonReaderOptions { MaxDepth = depth });
        migrated.Read();
        return T.Read(ref migrated, context);
    }
}
