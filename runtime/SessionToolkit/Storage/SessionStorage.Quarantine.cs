using System;
using System.Globalization;
using System.IO;
using Microsoft.Win32.SafeHandles;
using SessionToolkit.Interop;

namespace SessionToolkit;

public sealed partial class SessionStorage
{
    /// <summary>
    /// Name of the folder, inside the repository folder, that <see cref="Quarantine"/> moves sessions into. It starts
    /// with a dot, so listings skip it.
    /// </summary>
    public const string QuarantineFolderName = ".quarantine";

    /// <summary>
    /// Name of the file, inside a quarantined session folder, that records when and why it was moved.
    /// </summary>
    public const string QuarantineReasonFileName = "quarantine-reason.txt";

    /// <summary>
    /// Moves the whole session folder into the repository's <see cref="QuarantineFolderName"/> folder (created
    /// 0700 when missing) and writes <paramref name="reason"/> into <see cref="QuarantineReasonFileName"/> inside it,
    /// so that a session whose checkpoints are both unreadable leaves the listings but nothing in it is deleted. A
    /// reason file from an earlier quarantine is kept, and the new reason is appended to it.
    /// The session's lock is taken first, unless this object already holds it.
    /// </summary>
    /// <remarks>
    /// Nothing in the toolkit calls this by itself: <c>Scan()</c> and <c>LoadSession</c> report damage and leave
    /// the session where it is. Afterwards this object still names the old path, which no longer exists; a
    /// <c>last-session</c> link that pointed at the session dangles, so <c>GetLastStorage()</c> returns null.
    /// </remarks>
    /// <param name="reason">Why the session is moved aside, such as the <c>Reason</c> of its scan entry.</param>
    /// <returns>Full path of the session folder in its new place.</returns>
    /// <exception cref="SessionInUseException">Another process holds the session's lock.</exception>
    /// <exception cref="IOException">
    /// The session folder is missing or a symbolic link, it contains a <see cref="QuarantineReasonFileName"/> entry
    /// that is not a regular file, the quarantine folder is not a real directory, or it already contains a folder of
    /// this name.
    /// </exception>
    public string Quarantine(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        RejectLinkedSessionFolder();
        if (!Directory.Exists(Location))
        {
            throw new DirectoryNotFoundException(
                $"The session folder '{Location}' does not exist, so it cannot be quarantined."
            );
        }

        var folder = Path.Combine(Path.GetDirectoryName(Location)!, QuarantineFolderName);
        var destination = Path.Combine(folder, Id);
        var ownLock = _heldLock is null ? AcquireLock() : null;
        try
        {
            RejectPlantedReasonFile();
            PrivateDirectory.EnsureSingle(folder, "quarantine folder");
            MoveFolder(destination, ref ownLock);
        }
        finally
        {
            ownLock?.Dispose();
        }

        WriteQuarantineReason(destination, reason);
        StorageLog.Quarantined(_logger, Id, Location, destination, reason);
        return destination;
    }

    private void MoveFolder(string destination, ref IDisposable? ownLock)
    {
        if (OperatingSystem.IsWindows())
        {
            // NOTE: Windows does not rename a folder while a file in it is open, so the lock is released first, and a
            // process that opens the session in that moment makes the move fail. Never run; compiled only.
            ownLock?.Dispose();
            ownLock = null;
            Directory.Move(Location, destination);
            return;
        }

        // rename(2) would replace an empty directory of the same name, so an existing entry is rejected first.
        if (FileStatus.TryGetNoFollow(destination) is not null)
        {
            throw new IOException(
                $"The quarantine folder already contains '{destination}'; move or remove it, then quarantine '{Location}' again."
            );
        }

        if (LibC.Rename(Location, destination) != 0)
        {
            throw Errno.ToException(Errno.Last(), $"move the session folder to '{destination}' from", Location);
        }
    }

    // The reason is written after the move, so an entry at its name that cannot take it is rejected before
    // anything moves. A regular file is the record of an earlier quarantine, so it is kept and the new reason follows.
    private void RejectPlantedReasonFile()
    {
        var path = Path.Combine(Location, QuarantineReasonFileName);
        var isRegular = OperatingSystem.IsWindows()
            ? !Directory.Exists(path) && new FileInfo(path).LinkTarget is null
            : FileStatus.TryGetNoFollow(path) is null or { IsRegularFile: true };
        if (!isRegular)
        {
            throw new IOException(
                $"The session folder '{Location}' contains '{path}', which is not a regular file; remove it, then "
                    + "quarantine the session again."
            );
        }
    }

    private static void WriteQuarantineReason(string destination, string reason)
    {
        var path = Path.Combine(destination, QuarantineReasonFileName);
        var movedAt = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        try
        {
            using var writer = new StreamWriter(OpenReasonFile(path));
            writer.WriteLine($"Quarantined at {movedAt} by process {Environment.ProcessId}.");
            writer.WriteLine(reason);
        }
        catch (IOException exception)
        {
            throw new IOException(
                $"The session folder was moved to '{destination}', but its reason could not be written to '{path}': {exception.Message}",
                exception
            );
        }
    }

    // Opens the reason file for appending, created 0600 when missing and never through a symbolic link.
    private static FileStream OpenReasonFile(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return new FileStream(path, FileMode.Append, FileAccess.Write);
        }

        const int flags = OpenFlags.WriteOnly | OpenFlags.Create | OpenFlags.Append | OpenFlags.CloseOnExec;
        var fd = LibC.OpenAt(LibC.AtFdCwd, path, flags | OpenFlags.NoFollow, PrivateFileMode);
        if (fd < 0)
        {
            throw Errno.ToException(Errno.Last(), "open", path);
        }

        var handle = new SafeFileHandle(fd, ownsHandle: true);

        // open applies the umask to 0600, so a strict umask could leave the owner without access.
        if (LibC.FChmod(fd, PrivateFileMode) != 0)
        {
            var exception = Errno.ToException(Errno.Last(), "set mode 0600 on", path);
            handle.Dispose();
            throw exception;
        }

        var stream = new FileStream(handle, FileAccess.Write);
        stream.Seek(0, SeekOrigin.End);
        return stream;
    }
}
