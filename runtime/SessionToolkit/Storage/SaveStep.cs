namespace SessionToolkit;

/// <summary>The steps of <see cref="SessionStorage.SaveCheckpoint"/>, in the order the protocol runs them.</summary>
internal enum SaveStep
{
    /// <summary>Exclusive create of <c>session.next</c>, mode 0600.</summary>
    Create,

    /// <summary>One write call of the checkpoint bytes.</summary>
    Write,

    /// <summary>fsync of <c>session.next</c> (FlushFileBuffers on Windows).</summary>
    FileSync,

    /// <summary>close of <c>session.next</c>.</summary>
    Close,

    /// <summary>
    /// Hard link of the earlier <c>session</c> to <c>session.prev</c>, the fallback and the rollback copy.
    /// </summary>
    KeepPrevious,

    /// <summary>rename of <c>session.next</c> over <c>session</c>.</summary>
    Rename,

    /// <summary>fsync of the session folder, which makes the rename durable.</summary>
    DirectorySync,

    /// <summary>fsync of the repository folder on the first save, which makes the session folder's entry durable.</summary>
    RepositorySync,
}
