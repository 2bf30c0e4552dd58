using System;
using System.Runtime.ExceptionServices;

namespace SessionToolkit;

/// <summary>
/// A state read for <c>LoadSession</c>, with the reason it came from <c>session.prev</c> when it did.
/// </summary>
internal readonly record struct LoadedState<TState>(TState State, string? RecoveryReason);

/// <summary>
/// Reads a session's state from <c>session</c>, and from <c>session.prev</c> when <c>session</c> is damaged or
/// missing. Only damage (<see cref="CorruptedSessionException"/>) leads to the fallback: an incompatible checkpoint
/// is never replaced by an older one, and an I/O error may pass, so both are raised as they are.
/// </summary>
internal static class CheckpointFallback
{
    /// <summary>
    /// Reads the state, falling back to <c>session.prev</c>. A session without either file gets a fresh state.
    /// </summary>
    /// <exception cref="CorruptedSessionException">Both checkpoints are unreadable, or <c>session</c> is damaged and no
    /// <c>session.prev</c> exists.</exception>
    internal static LoadedState<TState> Read<TState>(
        SessionStorage storage,
        Func<TState>? createState,
        SessionSerializerOptions options
    )
        where TState : class, ISessionState<TState>
    {
        var limit = CheckpointGzip.MaxCompressedLength(options.MaxUncompressedBytes);
        CorruptedSessionException? damage = null;
        try
        {
            var data = storage.LoadCheckpoint(limit);
            if (data.Length > 0)
            {
                return new(SessionSerializer.Resume<TState>(data, options, storage.SessionFile), null);
            }
        }
        catch (CorruptedSessionException exception)
        {
            damage = exception;
        }

        return ReadPrevious(storage, createState, options, limit, damage);
    }

    /// <summary>
    /// Returns why a session is resumed from <c>session.prev</c>: the damage of <c>session</c>, or its absence.
    /// </summary>
    internal static string RecoveryReason(SessionStorage storage, string? damage) =>
        damage ?? $"The checkpoint file '{storage.SessionFile}' is missing.";

    /// <summary>
    /// Returns the reason for a session whose <c>session</c> and <c>session.prev</c> are both unreadable.
    /// </summary>
    internal static string BothUnreadable(SessionStorage storage, string? damage, string fallbackError) =>
        $"{RecoveryReason(storage, damage)} The previous checkpoint cannot replace it: {fallbackError}";

    private static LoadedState<TState> ReadPrevious<TState>(
        SessionStorage storage,
        Func<TState>? createState,
        SessionSerializerOptions options,
        long limit,
        CorruptedSessionException? damage
    )
        where TState : class, ISessionState<TState>
    {
        byte[] previous;
        try
        {
            previous = storage.LoadPreviousCheckpoint(limit);
        }
        catch (CorruptedSessionException fallbackError)
        {
            throw Unreadable(storage, damage, fallbackError);
        }

        if (previous.Length == 0)
        {
            if (damage is not null)
            {
                ExceptionDispatchInfo.Throw(damage);
            }

            var fresh = createState is not null ? createState() : SessionSerializer.CreateDefault<TState>(options);
            return new(fresh, null);
        }

        try
        {
            var state = SessionSerializer.Resume<TState>(previous, options, storage.PreviousSessionFile);
            return new(state, RecoveryReason(storage, damage?.Message));
        }
        catch (SessionResumeException fallbackError)
        {
            throw Unreadable(storage, damage, fallbackError);
        }
    }

    private static CorruptedSessionException Unreadable(
        SessionStorage storage,
        CorruptedSessionException? damage,
        SessionResumeException fallbackError
    ) =>
        new(
            BothUnreadable(storage, damage?.Message, fallbackError.Message)
                + " SessionStorage.Quarantine() moves the session folder aside for inspection.",
            damage?.JsonPath,
            storage.SessionFile,
            damage ?? fallbackError
        );
}
