using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using SessionToolkit.Interop;

namespace SessionToolkit;

public sealed partial class SessionStorageRepository
{
    private static readonly IReadOnlyDictionary<string, JsonElement> NoMetadata = new Dictionary<string, JsonElement>();

    /// <summary>
    /// Lists every session, youngest first, with what a resume of it would find. Each checkpoint's whole gzip
    /// stream is checked (CRC and length), and its whole JSON is read once with a forward-only reader for its
    /// syntax and the envelope's members, so a truncated or malformed one is never listed as resumable. The state
    /// is not materialised, so a wrong value inside the session is found only by a resume. A damaged session gets
    /// its status and reason; it never makes the listing throw.
    /// </summary>
    public IReadOnlyList<SessionScanEntry> Scan(SessionSerializerOptions? options = null) =>
        ScanAll(options, compatibility: null);

    /// <summary>
    /// Does what <see cref="Scan(SessionSerializerOptions?)"/> does, and also reports as
    /// <see cref="SessionStatus.Incompatible"/> every checkpoint of another state type or of a newer version than
    /// <typeparamref name="TState"/>.
    /// </summary>
    public IReadOnlyList<SessionScanEntry> Scan<TState>(SessionSerializerOptions? options = null)
        where TState : ISessionState<TState> =>
        ScanAll(options, static (peek, file) =>
            SessionSerializer.CheckCompatibility<TState>(peek.Version, peek.TypeId, file)
        );

    private List<SessionScanEntry> ScanAll(
        SessionSerializerOptions? options,
        Func<SessionPeekResult, string, SessionResumeException?>? compatibility
    )
    {
        options ??= SessionSerializerOptions.Default;
        var entries = new List<SessionScanEntry>();
        foreach (var storage in GetStorageList())
        {
            SessionListed?.Invoke(storage);
            var entry = ScanOne(storage, options, compatibility);

            // A session that another process quarantined or removed after the folder was listed reads as empty
            // or unreadable, but it is simply gone, as a listing a moment later would show.
            if (IsStillThere(storage))
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    private SessionScanEntry ScanOne(
        SessionStorage storage,
        SessionSerializerOptions options,
        Func<SessionPeekResult, string, SessionResumeException?>? compatibility
    )
    {
        try
        {
            // A session another process has open is reported as such and not read: its checkpoint may be
            // replaced at any moment, and the holder's pid is what the user needs to know.
            var inUse = ProbeLock(storage);
            if (inUse is not null)
            {
                return Entry(storage, SessionStatus.InUse, inUse.Message);
            }

            if (HasLeftoverSave(storage))
            {
                return Entry(
                    storage,
                    SessionStatus.Locked,
                    $"A save into '{storage.Location}' was interrupted and left session.next behind; break the lock to resume."
                );
            }

            return ScanCheckpoints(storage, options, compatibility);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // An unreadable folder is damage of this one session, not a reason to stop listing the others.
            return Entry(storage, SessionStatus.Corrupted, $"The session could not be read: {exception.Message}");
        }
    }

    /// <summary>
    /// Classifies the session by <c>session</c>, and by <c>session.prev</c> when <c>session</c> is damaged or
    /// missing, the way <c>LoadSession</c> chooses between them.
    /// </summary>
    private static SessionScanEntry ScanCheckpoints(
        SessionStorage storage,
        SessionSerializerOptions options,
        Func<SessionPeekResult, string, SessionResumeException?>? compatibility
    )
    {
        var limit = CheckpointGzip.MaxCompressedLength(options.MaxUncompressedBytes);
        var current = CheckpointInspection.Inspect(
            () => storage.LoadCheckpoint(limit),
            storage.SessionFile,
            options,
            compatibility
        );
        if (current.Status is SessionStatus.Resumable or SessionStatus.Incompatible)
        {
            return Entry(storage, current.Status.Value, current);
        }

        var previous = CheckpointInspection.Inspect(
            () => storage.LoadPreviousCheckpoint(limit),
            storage.PreviousSessionFile,
            options,
            compatibility
        );
        if (previous.IsMissing)
        {
            return current.IsMissing
                ? Entry(storage, SessionStatus.Empty, "The session has no checkpoint yet.")
                : Entry(storage, SessionStatus.Corrupted, current);
        }

        if (previous.Status == SessionStatus.Resumable)
        {
            var recovered = previous with { Reason = CheckpointFallback.RecoveryReason(storage, current.Reason) };
            return Entry(storage, SessionStatus.Recovered, recovered);
        }

        var both = CheckpointFallback.BothUnreadable(storage, current.Reason, previous.Reason!);
        return Entry(storage, SessionStatus.Corrupted, current with { Reason = both });
    }

    // Every holder creates session.lock, so without one there is nothing to probe, and the listing leaves the
    // folder as it found it. With one, the probe takes and releases the lock at once; a process that opens the
    // session in that instant gets SessionInUseException and may retry.
    private static SessionInUseException? ProbeLock(SessionStorage storage)
    {
        // Any entry counts, so that a planted link or folder is reported as the probe finds it, not passed over.
        if (!EntryExists(Path.Combine(storage.Location, SessionStorage.LockFileName)))
        {
            return null;
        }

        try
        {
            using var probe = storage.AcquireLock();
            return null;
        }
        catch (SessionInUseException exception)
        {
            return exception;
        }
    }

    // A folder whose status cannot be read is kept, with the reason ScanOne found: only a folder known to be gone
    // is left out.
    private static bool IsStillThere(SessionStorage storage)
    {
        try
        {
            return OperatingSystem.IsWindows()
                ? Directory.Exists(storage.Location)
                : FileStatus.TryGetNoFollow(storage.Location) is { IsDirectory: true };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    // Any entry at session.next blocks saving: a file, a directory, or a symbolic link even when it dangles.
    private static bool HasLeftoverSave(SessionStorage storage) =>
        EntryExists(Path.Combine(storage.Location, SessionStorage.NextCheckpointFileName));

    private static bool EntryExists(string path) => Path.Exists(path) || new FileInfo(path).LinkTarget is not null;

    private static SessionScanEntry Entry(SessionStorage storage, SessionStatus status, string reason) =>
        new(storage, status, reason, null, null, NoMetadata);

    private static SessionScanEntry Entry(SessionStorage storage, SessionStatus status, CheckpointInspection found) =>
        new(storage, status, found.Reason, found.Peek?.Version, found.Peek?.TypeId, found.Peek?.Metadata ?? NoMetadata);
}
