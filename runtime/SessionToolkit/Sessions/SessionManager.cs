using System;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SessionToolkit;

/// <summary>
/// Ties one state object to one session folder: it holds the session's lock while open, writes a checkpoint of
/// the state on <see cref="Checkpoint"/>, and reads it back with <see cref="LoadSession"/>.
/// </summary>
/// <typeparam name="TState">A <see cref="SessionStateAttribute"/> type.</typeparam>
public sealed class SessionManager<TState> : IDisposable
    where TState : class, ISessionState<TState>
{
    private readonly IDisposable _lock;
    private readonly SessionSerializerOptions _options;
    private readonly ILogger _logger;
    private bool _sessionIsDamaged;
    private bool _disposed;
    private int _lastJsonBytes;
    private int _lastCheckpointBytes;

    private SessionManager(
        TState state,
        SessionStorage storage,
        IDisposable sessionLock,
        SessionSerializerOptions options,
        ILogger logger,
        string? recoveryReason = null
    )
    {
        State = state;
        Storage = storage;
        _lock = sessionLock;
        _options = options;
        _logger = logger;
        RecoveryReason = recoveryReason;
        _sessionIsDamaged = recoveryReason is not null;
    }

    /// <summary>The state object that <see cref="Checkpoint"/> writes.</summary>
    public TState State { get; }

    /// <summary>The session folder.</summary>
    public SessionStorage Storage { get; }

    /// <summary>
    /// Whether <see cref="LoadSession"/> resumed the state from the previous checkpoint (<c>session.prev</c>)
    /// because <c>session</c> was damaged or missing. The state is then one checkpoint older than the last save,
    /// and the work done after that checkpoint has to be done again. Always false for a created session.
    /// </summary>
    public bool RecoveredFromPrevious => RecoveryReason is not null;

    /// <summary>
    /// Why <see cref="LoadSession"/> resumed from <c>session.prev</c>: the error that made <c>session</c>
    /// unreadable, naming the file. <c>null</c> when the state came from <c>session</c> or the session is new.
    /// </summary>
    public string? RecoveryReason { get; }

    /// <summary>
    /// Creates a new session folder in <paramref name="repository"/> (the default repository when <c>null</c>),
    /// takes its lock and creates the state's well-known directories. No checkpoint is written until the first
    /// <see cref="Checkpoint"/>.
    /// </summary>
    public static SessionManager<TState> CreateWithState(
        TState state,
        SessionStorageRepository? repository = null,
        bool legacyMode = false,
        SessionSerializerOptions? options = null,
        ILogger? logger = null
    )
    {
        ArgumentNullException.ThrowIfNull(state);
        logger ??= NullLogger.Instance;
        repository ??= new SessionStorageRepository(logger: logger);

        var storage = SessionStorage.Create(repository.Location, legacyMode, logger: logger);

        // The lock comes before the directories so that no second process can see a half-populated session.
        var sessionLock = storage.AcquireLock();
        try
        {
            TState.PopulateDirectories(storage);
            logger.LogDebug("Created session {SessionId} at {SessionPath}", storage.Id, storage.Location);
            return new SessionManager<TState>(
                state,
                storage,
                sessionLock,
                options ?? SessionSerializerOptions.Default,
                logger
            );
        }
        catch
        {
            sessionLock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens an existing session: takes its lock, reads its checkpoint and creates its well-known directories.
    /// A session with no checkpoint yet gives a fresh state (<paramref name="createState"/>, or the state read
    /// from an empty JSON object, which leaves every member at its default).
    /// </summary>
    /// <remarks>
    /// When <c>session</c> is damaged or missing but the previous checkpoint in <c>session.prev</c> is intact, the
    /// state is read from that one: a warning goes to <paramref name="logger"/>, and
    /// <see cref="RecoveredFromPrevious"/> and <see cref="RecoveryReason"/> say so. The next
    /// <see cref="Checkpoint"/> then replaces the damaged file and keeps <c>session.prev</c> as it is.
    /// </remarks>
    /// <param name="storage">The session folder.</param>
    /// <param name="earlyCallback">Called with the resumed state before this method returns, so that the caller
    /// can attach handlers or registries to it before any other code gets it.</param>
    /// <param name="createState">Creates the fresh state of a session without a checkpoint.</param>
    /// <param name="options">Limits of the checkpoint format.</param>
    /// <param name="logger">Receives diagnostics; none by default.</param>
    /// <exception cref="SessionInUseException">Another process has the session open.</exception>
    /// <exception cref="CorruptedSessionException">
    /// The checkpoint is damaged and <c>session.prev</c> is missing or unreadable too.
    /// </exception>
    /// <exception cref="IncompatibleSessionException">The checkpoint is from a newer version or another type.</exception>
    public static SessionManager<TState> LoadSession(
        SessionStorage storage,
        Action<TState>? earlyCallback = null,
        Func<TState>? createState = null,
        SessionSerializerOptions? options = null,
        ILogger? logger = null
    )
    {
        ArgumentNullException.ThrowIfNull(storage);
        logger ??= NullLogger.Instance;
        options ??= SessionSerializerOptions.Default;

        // Reading happens under the lock, so that no writer can replace the checkpoint while it is read.
        var sessionLock = storage.AcquireLock();
        try
        {
            var (state, recoveryReason) = CheckpointFallback.Read(storage, createState, options);
            if (recoveryReason is not null)
            {
                StorageLog.ResumedFromPrevious(logger, storage.Id, storage.Location, recoveryReason);
            }

            earlyCallback?.Invoke(state);
            TState.PopulateDirectories(storage);
            logger.LogDebug("Loaded session {SessionId} from {SessionPath}", storage.Id, storage.Location);
            return new SessionManager<TState>(state, storage, sessionLock, options, logger, recoveryReason);
        }
        catch
        {
            sessionLock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Writes a checkpoint of <see cref="State"/>. The state is serialized before the storage is touched, so a
    /// state that cannot be written (<see cref="SessionSuspendException"/>) leaves the previous checkpoint as it
    /// was. A leftover <c>session.next</c> from a crashed save raises <see cref="LockedStorageException"/>; the
    /// manager never removes it by itself (call <see cref="BreakLock"/> after checking what happened). The checkpoint
    /// it replaces becomes <c>session.prev</c>, except a damaged one after a recovery: that one is overwritten, and
    /// the intact <c>session.prev</c> stays the fallback.
    /// </summary>
    public void Checkpoint()
    {
        ThrowIfDisposed();

        // A pooled buffer instead of a new array per checkpoint: the compressed bytes of a large state would
        // otherwise go to the large object heap on every save. Both buffers start at the last checkpoint's
        // sizes plus an eighth, because a state usually grows a little between two checkpoints.
        using var data = new PooledByteBufferWriter(WithGrowthRoom(_lastCheckpointBytes));
        _lastJsonBytes = SessionSerializer.Suspend(State, data, _options, WithGrowthRoom(_lastJsonBytes));
        _lastCheckpointBytes = data.WrittenCount;
        Storage.SaveCheckpoint(data.WrittenSpan, _sessionIsDamaged);
        _sessionIsDamaged = false;
        _logger.LogDebug("Saved {ByteCount} bytes of checkpoint to {SessionPath}", data.WrittenCount, Storage.Location);
    }

    /// <summary>
    /// Removes the <c>session.next</c> file of an interrupted save. Allowed because the manager holds the
    /// session's lock, so no other writer can be in the middle of a save.
    /// </summary>
    public void BreakLock()
    {
        ThrowIfDisposed();
        Storage.BreakLock();
    }

    /// <summary>Deletes the session folder and everything in it, then releases the lock.</summary>
    public void Destroy()
    {
        ThrowIfDisposed();
        Storage.Remove();
        Dispose();
    }

    /// <summary>Releases the session's lock. The state object stays usable, but can no longer be checkpointed.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _lock.Dispose();
    }

    private static int WithGrowthRoom(int bytes) => (int)Math.Min(bytes + bytes / 8L, Array.MaxLength);

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
