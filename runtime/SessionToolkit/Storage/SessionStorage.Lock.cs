using System;
using System.IO;
using SessionToolkit.Interop;

namespace SessionToolkit;

public sealed partial class SessionStorage
{
    private readonly object _lockGate = new();
    private SessionLock? _heldLock;

    /// <summary>
    /// Takes the session's inter-process lock: an exclusive advisory lock on <c>session.lock</c> (mode 0600,
    /// created when missing, never through a symbolic link), which records this process's id and is held
    /// until the returned object is disposed. A lock whose holder died is free again and is taken over.
    /// </summary>
    /// <exception cref="SessionInUseException">
    /// Another process, or another <see cref="SessionStorage"/> object of this process, holds the lock.
    /// </exception>
    /// <exception cref="InvalidOperationException">This object already holds the lock.</exception>
    public IDisposable AcquireLock()
    {
        RejectLinkedSessionFolder();
        lock (_lockGate)
        {
            if (_heldLock is not null)
            {
                throw new InvalidOperationException($"This SessionStorage already holds the lock of '{Location}'.");
            }

            _heldLock = SessionLock.Acquire(Location, OnLockReleased, LockFileOpened, out var previousHolder);
            if (previousHolder is { } id && id != Environment.ProcessId && !SessionLock.IsAlive(id))
            {
                StorageLog.StaleLockTakenOver(_logger, Id, Location, id);
            }

            return _heldLock;
        }
    }

    /// <summary>
    /// Removes the <c>session.next</c> an interrupted save left behind, so that saving works again. The checkpoint in
    /// <c>session</c> and the fallback in <c>session.prev</c> are not touched. Allowed only while this object holds
    /// <see cref="AcquireLock"/>, so that the save of a writer that holds the lock is never broken.
    /// </summary>
    /// <remarks>
    /// Whatever entry has the name is removed as an entry: a symbolic link is unlinked and its target is left
    /// alone, and a directory planted there is deleted with its contents, again without following any link in it.
    /// </remarks>
    /// <exception cref="InvalidOperationException">This object does not hold the session's lock.</exception>
    public void BreakLock()
    {
        lock (_lockGate)
        {
            if (_heldLock is null)
            {
                throw new InvalidOperationException(
                    $"BreakLock() on '{Location}' needs the session's lock: call AcquireLock() first and keep it "
                        + "until BreakLock() returns."
                );
            }

            if (RemoveLeftover(NextSessionFile))
            {
                StorageLog.LockBroken(_logger, Id, Location);
            }
        }
    }

    private void OnLockReleased()
    {
        lock (_lockGate)
        {
            _heldLock = null;
        }
    }

    /// <returns>True when an entry was removed.</returns>
    private static bool RemoveLeftover(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return RemoveLeftoverOnWindows(path);
        }

        // A directory cannot be unlinked; it is deleted as a tree that never follows a link out of the session.
        if (FileStatus.TryGetNoFollow(path) is { IsDirectory: true })
        {
            FolderRemover.DeleteTree(path);
            return true;
        }

        if (LibC.Unlink(path) == 0)
        {
            return true;
        }

        var errno = Errno.Last();
        return errno == Errno.ENOENT ? false : throw Errno.ToException(errno, "remove", path);
    }

    private static bool RemoveLeftoverOnWindows(string path)
    {
        var info = new DirectoryInfo(path);
        if (info.Exists && !info.Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            FolderRemover.DeleteTree(path);
            return true;
        }

        var existed = Path.Exists(path) || new FileInfo(path).LinkTarget is not null;
        if (info.Exists)
        {
            // A directory link or junction: deleting it removes the link, never its target's contents.
            Directory.Delete(path, recursive: false);
        }
        else
        {
            File.Delete(path);
        }

        return existed;
    }
}
