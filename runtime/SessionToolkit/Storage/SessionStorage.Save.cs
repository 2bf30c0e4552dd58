using System;
using System.IO;
using SessionToolkit.Interop;

namespace SessionToolkit;

public sealed partial class SessionStorage
{
    /// <summary>
    /// Saves <paramref name="data"/> as the session's checkpoint, atomically and durably. The bytes go to a new
    /// <c>session.next</c> (exclusive create, mode 0600), which is synced. The checkpoint it replaces is kept as
    /// <c>session.prev</c>, a hard link. Then <c>session.next</c> is renamed over <c>session</c>, and the session
    /// folder is synced (on the first save, the repository folder too). The method returns only after every step
    /// succeeded.
    /// </summary>
    /// <param name="data">The checkpoint bytes, at least one byte.</param>
    /// <param name="sessionIsDamaged">
    /// The current <c>session</c> file is unreadable (the caller resumed from <c>session.prev</c>), so it is replaced
    /// without becoming the new <c>session.prev</c>, and the existing <c>session.prev</c> stays the fallback.
    /// </param>
    /// <remarks>
    /// A failed save leaves <c>session</c> as it was and no <c>session.next</c> behind, and throws the first
    /// cause: an <see cref="IOException"/> whose HResult is the errno, such as ENOSPC (28). The method never
    /// takes the session's lock: a caller that needs exclusion against other processes holds
    /// <see cref="AcquireLock"/> while it saves, as <c>SessionManager</c> does. A directory in the way of
    /// <c>session.prev</c>, or a file system without hard links, does not fail the save. The earlier checkpoint is
    /// then not kept, and a warning is logged. A directory at <c>session</c> fails the save with an
    /// <see cref="IOException"/> before anything is written.
    /// </remarks>
    /// <exception cref="LockedStorageException">
    /// A <c>session.next</c> entry (a file, or a symbolic link even when it dangles) is already present, left by
    /// an interrupted save or planted; nothing is written through it.
    /// </exception>
    public void SaveCheckpoint(ReadOnlySpan<byte> data, bool sessionIsDamaged = false)
    {
        if (data.IsEmpty)
        {
            throw new ArgumentException(
                "The checkpoint data is empty. A checkpoint needs at least one byte, because an empty session file is read as corrupt."
            );
        }

        RejectLinkedSessionFolder();
        try
        {
            if (OperatingSystem.IsWindows())
            {
                SaveOnWindows(data, sessionIsDamaged);
            }
            else
            {
                SaveOnUnix(data, sessionIsDamaged);
            }
        }
        catch (IOException exception) when (exception is not LockedStorageException)
        {
            StorageLog.SaveFailed(_logger, exception, Id, Location);
            throw;
        }
    }

    private void SaveOnUnix(ReadOnlySpan<byte> data, bool sessionIsDamaged)
    {
        var current = FileStatus.TryGetNoFollow(SessionFile);
        if (current is { IsDirectory: true })
        {
            throw DirectoryAtSession();
        }

        var fd = CreateNextFile();
        try
        {
            WriteAll(fd, data);
            RunStep(SaveStep.FileSync, "sync", NextSessionFile, () => LibC.FSync(fd));
        }
        catch
        {
            LibC.Close(fd);
            DeleteQuietly(NextSessionFile);
            throw;
        }

        // close can report a deferred write error (on NFS, for one), so its result counts. The descriptor is
        // closed even when a fault is injected, because close releases it whatever it returns.
        var injected = Fault(SaveStep.Close);
        var closeErrno = LibC.Close(fd) == 0 ? 0 : Errno.Last();
        if (injected != 0 || closeErrno != 0)
        {
            DeleteQuietly(NextSessionFile);
            throw Errno.ToException(injected != 0 ? injected : closeErrno, "close", NextSessionFile);
        }

        // Only a regular file can be a fallback, and a damaged one must never become it: the session.prev the
        // caller resumed from stays then.
        Commit(
            hadCheckpoint: current is not null,
            keepCurrent: current is { IsRegularFile: true } && !sessionIsDamaged
        );
    }

    private int CreateNextFile()
    {
        const int flags = OpenFlags.WriteOnly | OpenFlags.Create | OpenFlags.Exclusive | OpenFlags.CloseOnExec;

        var fd = -1;
        var errno = Fault(SaveStep.Create);
        if (errno == 0)
        {
            fd = LibC.OpenAt(LibC.AtFdCwd, NextSessionFile, flags | OpenFlags.NoFollow, PrivateFileMode);
            errno = fd < 0 ? Errno.Last() : 0;
        }

        if (errno == Errno.EEXIST)
        {
            throw Locked();
        }

        if (errno != 0)
        {
            throw Errno.ToException(errno, "create", NextSessionFile);
        }

        // open applies the umask to 0600, so a strict umask could leave the owner without read access.
        if (LibC.FChmod(fd, PrivateFileMode) != 0)
        {
            var exception = Errno.ToException(Errno.Last(), "set mode 0600 on", NextSessionFile);
            LibC.Close(fd);
            DeleteQuietly(NextSessionFile);
            throw exception;
        }

        return fd;
    }

    private unsafe void WriteAll(int fd, ReadOnlySpan<byte> data)
    {
        fixed (byte* start = data)
        {
            var written = 0;
            while (written < data.Length)
            {
                var errno = Fault(SaveStep.Write);
                nint count = 0;
                if (errno == 0)
                {
                    count = LibC.Write(fd, start + written, data.Length - written);
                    errno = count < 0 ? Errno.Last() : 0;
                }

                // A signal that arrives before any byte is written interrupts the call, and the retry loses nothing.
                if (errno == Errno.EINTR && count < 0)
                {
                    continue;
                }

                if (errno == 0 && count == 0)
                {
                    errno = Errno.EIO;
                }

                if (errno != 0)
                {
                    throw Errno.ToException(errno, "write", NextSessionFile);
                }

                written += (int)count;
            }
        }
    }

    /// <summary>
    /// Puts <c>session.next</c> in place of <c>session</c> and makes that durable. The replaced checkpoint stays
    /// as <c>session.prev</c>: the fallback generation for a later load, and what a failed folder sync puts back.
    /// </summary>
    private void Commit(bool hadCheckpoint, bool keepCurrent)
    {
        var keptPrevious = false;
        try
        {
            if (keepCurrent)
            {
                keptPrevious = KeepPrevious();
            }

            RunStep(SaveStep.Rename, "rename", NextSessionFile, () => LibC.Rename(NextSessionFile, SessionFile));
        }
        catch
        {
            DeleteQuietly(NextSessionFile);
            throw;
        }

        try
        {
            SyncDirectory(Location, SaveStep.DirectorySync);
            if (!hadCheckpoint)
            {
                SyncDirectory(Path.GetDirectoryName(Location)!, SaveStep.RepositorySync);
            }
        }
        catch
        {
            RollBack(hadCheckpoint, keptPrevious);
            throw;
        }
    }

    /// <summary>
    /// Replaces <c>session.prev</c> with a hard link to the current <c>session</c>. Between the unlink and the link a
    /// crash leaves no <c>session.prev</c>, which is safe because <c>session</c> is whole in that moment.
    /// </summary>
    /// <returns>
    /// False when a directory blocks <c>session.prev</c> or the file system has no hard links, so the earlier
    /// checkpoint is not kept.
    /// </returns>
    private bool KeepPrevious()
    {
        if (FileStatus.TryGetNoFollow(PreviousSessionFile) is { IsDirectory: true })
        {
            StorageLog.PreviousBlocked(_logger, Id, Location, PreviousSessionFile);
            return false;
        }

        // unlink removes a file, a symbolic link or a FIFO as an entry, and never what a link points to.
        if (LibC.Unlink(PreviousSessionFile) != 0 && Errno.Last() is var unlinkErrno && unlinkErrno != Errno.ENOENT)
        {
            throw Errno.ToException(unlinkErrno, "remove", PreviousSessionFile);
        }

        var errno = Fault(SaveStep.KeepPrevious);
        if (errno == 0 && LibC.Link(SessionFile, PreviousSessionFile) != 0)
        {
            errno = Errno.Last();
        }

        // A file system without hard links (FAT, some network shares) cannot keep the fallback, but that must not
        // stop every save after the first, so the save goes on without one.
        if (errno is Errno.EPERM or Errno.EOPNOTSUPP or Errno.EMLINK)
        {
            StorageLog.PreviousNotLinked(_logger, Errno.ToException(errno, "link", PreviousSessionFile), Id, Location);
            return false;
        }

        return errno == 0 ? true : throw Errno.ToException(errno, "link", PreviousSessionFile);
    }

    /// <summary>
    /// Undoes the rename after a failed folder sync: a first save leaves no checkpoint, and a later one puts
    /// <c>session.prev</c> back. A replaced entry that was not kept (a damaged checkpoint, a symbolic link, or a
    /// checkpoint blocked by a directory at <c>session.prev</c>) cannot be put back, so the new checkpoint stays.
    /// </summary>
    private void RollBack(bool hadCheckpoint, bool keptPrevious)
    {
        if (hadCheckpoint && !keptPrevious)
        {
            return;
        }

        var status = hadCheckpoint ? LibC.Rename(PreviousSessionFile, SessionFile) : LibC.Unlink(SessionFile);
        if (status != 0)
        {
            var exception = Errno.ToException(Errno.Last(), "restore the earlier checkpoint", SessionFile);
            StorageLog.RollBackFailed(_logger, exception, Id, Location);
        }
    }

    private void SyncDirectory(string path, SaveStep step)
    {
        var flags = OpenFlags.ReadOnly | OpenFlags.Directory | OpenFlags.CloseOnExec;
        var fd = LibC.OpenAt(LibC.AtFdCwd, path, flags, 0);
        if (fd < 0)
        {
            throw Errno.ToException(Errno.Last(), "open the folder", path);
        }

        try
        {
            RunStep(step, "sync the folder", path, () => LibC.FSync(fd));
        }
        finally
        {
            LibC.Close(fd);
        }
    }

    /// <summary>Runs one system call of the protocol, or the fault injected in its place.</summary>
    private void RunStep(SaveStep step, string action, string path, Func<int> call)
    {
        var errno = Fault(step);
        if (errno == 0 && call() != 0)
        {
            errno = Errno.Last();
        }

        if (errno != 0)
        {
            throw Errno.ToException(errno, action, path);
        }
    }

    private int Fault(SaveStep step) => FaultInjector?.Enter(step) ?? 0;

    // rename(2) cannot replace a directory with a file, so every save would fail at its last step. Failing first
    // names the real cause, and the directory's content is left for its owner to move.
    private IOException DirectoryAtSession() =>
        new(
            $"The checkpoint path '{SessionFile}' is a directory, so no checkpoint can be saved in its place; move the "
                + "directory out of the session folder, then save again."
        );

    private LockedStorageException Locked() =>
        new(
            $"The session folder '{Location}' holds {NextCheckpointFileName} from an interrupted save, so the "
                + "storage is locked; the earlier checkpoint is intact. Call AcquireLock() and then BreakLock() "
                + "to remove it.",
            Location
        );

    private void DeleteQuietly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            File.Delete(path);
            return;
        }

        if (LibC.Unlink(path) != 0 && Errno.Last() is var errno && errno != Errno.ENOENT)
        {
            StorageLog.CleanupFailed(_logger, Errno.ToException(errno, "remove", path), Id, Location);
        }
    }
}
