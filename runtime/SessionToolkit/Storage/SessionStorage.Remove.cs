using System;
using System.IO;
using SessionToolkit.Interop;

namespace SessionToolkit;

public sealed partial class SessionStorage
{
    /// <summary>
    /// Deletes the session folder and everything in it without following any symbolic link: a link inside is
    /// removed as an entry and its target is left alone. The session's lock is taken first, unless this object
    /// already holds it. A missing folder is nothing to remove.
    /// </summary>
    /// <remarks>
    /// A <c>session.lock</c> that is a symbolic link or not a regular file cannot be locked by any process, so it
    /// is removed as an entry (its target is left alone) before the lock is taken on a new lock file.
    /// </remarks>
    /// <exception cref="IOException">
    /// The session folder is itself a symbolic link, or an entry other than a directory has its name; nothing is
    /// removed.
    /// </exception>
    /// <exception cref="SessionInUseException">Another process holds the session's lock.</exception>
    public void Remove()
    {
        // Checked before the lock, because taking it would create session.lock inside the link's target.
        RejectLinkedSessionFolder();
        if (!Path.Exists(Location))
        {
            return;
        }

        if (!Directory.Exists(Location))
        {
            throw new IOException(
                $"The session folder '{Location}' is not a directory: another kind of entry has its name. "
                    + "Nothing was removed; check what the entry is and delete it by hand if it is not needed."
            );
        }

        if (_heldLock is null)
        {
            RemoveUnusableLockFile();
        }

        var ownLock = _heldLock is null ? AcquireLock() : null;
        try
        {
            FolderRemover.DeleteTree(Location);
        }
        catch (IOException exception)
        {
            StorageLog.RemoveFailed(_logger, exception, Id, Location);
            throw;
        }
        finally
        {
            ownLock?.Dispose();
        }
    }

    private void RemoveUnusableLockFile()
    {
        var path = Path.Combine(Location, LockFileName);
        var unusable = OperatingSystem.IsWindows()
            ? new FileInfo(path).LinkTarget is not null || Directory.Exists(path)
            : FileStatus.TryGetNoFollow(path) is { IsRegularFile: false };
        if (unusable)
        {
            RemoveLeftover(path);
            StorageLog.UnusableLockFileRemoved(_logger, Id, Location);
        }
    }
}
