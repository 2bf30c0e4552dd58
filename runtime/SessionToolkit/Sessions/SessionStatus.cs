namespace SessionToolkit;

/// <summary>What a session listing found in one session folder.</summary>
public enum SessionStatus
{
    /// <summary>The checkpoint is intact and can be resumed.</summary>
    Resumable,

    /// <summary>The session has no checkpoint yet.</summary>
    Empty,

    /// <summary>A <c>session.next</c> from an interrupted save is present; the lock must be broken first.</summary>
    Locked,

    /// <summary>Another live process has the session open.</summary>
    InUse,

    /// <summary>The checkpoint is damaged: empty, truncated, not gzip, or not a valid envelope.</summary>
    Corrupted,

    /// <summary>The checkpoint is intact but from a newer version or another state type.</summary>
    Incompatible,
}
