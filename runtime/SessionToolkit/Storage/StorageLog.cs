using System;
using Microsoft.Extensions.Logging;

namespace SessionToolkit;

/// <summary>Log messages of the storage layer; each names the session id and folder.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(1, LogLevel.Error, "Saving the checkpoint of session {SessionId} in '{Location}' failed.")]
    internal static partial void SaveFailed(ILogger logger, Exception exception, string sessionId, string location);

    [LoggerMessage(
        2,
        LogLevel.Error,
        "Restoring the earlier checkpoint of session {SessionId} in '{Location}' after a failed save failed."
    )]
    internal static partial void RollBackFailed(ILogger logger, Exception exception, string sessionId, string location);

    [LoggerMessage(
        3,
        LogLevel.Warning,
        "Cleaning up after a failed save of session {SessionId} in '{Location}' failed."
    )]
    internal static partial void CleanupFailed(ILogger logger, Exception exception, string sessionId, string location);

    [LoggerMessage(
        4,
        LogLevel.Warning,
        "Took over the stale lock of session {SessionId} in '{Location}', recorded by process {ProcessId}, which no longer runs."
    )]
    internal static partial void StaleLockTakenOver(ILogger logger, string sessionId, string location, int processId);

    [LoggerMessage(
        5,
        LogLevel.Information,
        "Removed the leftover session.next of session {SessionId} in '{Location}'."
    )]
    internal static partial void LockBroken(ILogger logger, string sessionId, string location);

    [LoggerMessage(
        6,
        LogLevel.Warning,
        "Using the shared repository folder '{Location}', which {Reason}, as requested."
    )]
    internal static partial void SharedLocationAllowed(ILogger logger, string location, string reason);

    [LoggerMessage(7, LogLevel.Warning, "The parent folder of the repository '{Location}' {Reason}.")]
    internal static partial void SharedParent(ILogger logger, string location, string reason);

    [LoggerMessage(8, LogLevel.Information, "Removed the previous legacy session {SessionId} in '{Location}'.")]
    internal static partial void LegacySessionRemoved(ILogger logger, string sessionId, string location);

    [LoggerMessage(9, LogLevel.Error, "Removing session {SessionId} in '{Location}' failed.")]
    internal static partial void RemoveFailed(ILogger logger, Exception exception, string sessionId, string location);

    [LoggerMessage(
        10,
        LogLevel.Warning,
        "The previous legacy session {SessionId} in '{Location}' is in use by another process, so it was kept."
    )]
    internal static partial void LegacySessionInUse(
        ILogger logger,
        Exception exception,
        string sessionId,
        string location
    );

    [LoggerMessage(
        11,
        LogLevel.Warning,
        "'{Path}' of session {SessionId} in '{Location}' is a directory, so the earlier checkpoint was not kept as the fallback; remove the directory to have the fallback again."
    )]
    internal static partial void PreviousBlocked(ILogger logger, string sessionId, string location, string path);

    [LoggerMessage(
        12,
        LogLevel.Warning,
        "Resumed session {SessionId} in '{Location}' from session.prev, one checkpoint older, because the checkpoint is unreadable: {Reason}"
    )]
    internal static partial void ResumedFromPrevious(ILogger logger, string sessionId, string location, string reason);

    [LoggerMessage(
        13,
        LogLevel.Warning,
        "Moved session {SessionId} from '{Location}' to the quarantine folder '{Destination}': {Reason}"
    )]
    internal static partial void Quarantined(
        ILogger logger,
        string sessionId,
        string location,
        string destination,
        string reason
    );

    [LoggerMessage(
        14,
        LogLevel.Warning,
        "The earlier checkpoint of session {SessionId} in '{Location}' was not kept as session.prev, because the file system does not allow the hard link; the save went on without a fallback."
    )]
    internal static partial void PreviousNotLinked(
        ILogger logger,
        Exception exception,
        string sessionId,
        string location
    );

    [LoggerMessage(
        21,
        LogLevel.Warning,
        "Removed the session.lock of session {SessionId} in '{Location}' before removing the session, because it was a symbolic link or not a regular file, which no process can hold a lock on."
    )]
    internal static partial void UnusableLockFileRemoved(ILogger logger, string sessionId, string location);
}
