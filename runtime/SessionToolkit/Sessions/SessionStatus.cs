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

    /// <summary>
    /// The checkpoint is damaged (empty, truncated, not gzip, or not a valid envelope) and no intact
    /// <c>session.prev</c> can replace it.
    /// </summary>
    Corrupted,

    /// <summary>The checkpoint is intact but from a newer version or another state type.</summary>
    Incompatible,

    /// <summary>
    /// The checkpoint is damaged or missing, but the previous one (<c>session.prev</c>) is intact, so
    /// <c>LoadSession</c> resumes from it, one checkpoint older. The entry's version, type id and metadata are the
    /// previous checkpoint's, and its reason describes what is wrong with <c>session</c>.
    /// </summary>
    Recovered,
}
