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
    /// <exception cref="IOException">The session folder is itself a symbolic link; nothing is removed.</exception>
    /// <exception cref="SessionInUseException">Another process holds the session's lock.</exception>
    public void Remove()
    {
        // Checked before the lock, because taking it would create session.lock inside the link's target.
        RejectLinkedSessionFolder();
        if (!Directory.Exists(Location))
        {
            return;
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
}
