using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.Win32.SafeHandles;
using SessionToolkit.Interop;

namespace SessionToolkit;

/// <summary>
/// An exclusive advisory lock on <c>session.lock</c> that records the holder's process id. On Unix it is a
/// flock(2) lock, which belongs to the open file description, so a second open in the same process conflicts
/// too, and the kernel drops it when the holder dies.
/// </summary>
internal sealed class SessionLock : IDisposable
{
    private const uint PrivateFileMode = 0x180; // 0600

    // A lock file replaced this often while it is being locked is being recreated on purpose, not by a race.
    private const int MaxLockAttempts = 5;

    private readonly Action _released;
    private readonly string _path;
    private readonly Action? _opened;
    private int _fd;
    private FileStream? _windowsStream;

    private SessionLock(string path, Action released, Action? opened)
    {
        _path = path;
        _released = released;
        _opened = opened;
        _fd = -1;
    }

    /// <summary>Takes the lock, or throws <see cref="SessionInUseException"/> naming the holder.</summary>
    /// <param name="location">The session folder.</param>
    /// <param name="released">Called once when the lock is released.</param>
    /// <param name="previousHolder">Process id the lock file recorded before, when it recorded one.</param>
    /// <param name="opened">Called between opening the lock file and locking it; for tests, usually null.</param>
    internal static SessionLock Acquire(string location, Action released, Action? opened, out int? previousHolder)
    {
        var path = Path.Combine(location, SessionStorage.LockFileName);
        var sessionLock = new SessionLock(path, released, opened);
        previousHolder = OperatingSystem.IsWindows()
            ? sessionLock.AcquireOnWindows(location)
            : sessionLock.AcquireOnUnix(location);
        return sessionLock;
    }

    /// <summary>Releases the lock and empties the recorded process id.</summary>
    public void Dispose()
    {
        if (_windowsStream is not null)
        {
            _windowsStream.SetLength(0);
            _windowsStream.Dispose();
            _windowsStream = null;
            _released();
        }

        if (_fd >= 0)
        {
            LibC.FTruncate(_fd, 0);
            LibC.FLock(_fd, LibC.LockUnlock);
            LibC.Close(_fd);
            _fd = -1;
            _released();
        }
    }

    /// <summary>Reports whether a process with id <paramref name="processId"/> runs on this machine.</summary>
    internal static bool IsAlive(int processId)
    {
        if (OperatingSystem.IsWindows())
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(processId);
                return !process.HasExited;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        // Signal 0 checks for the process without sending anything; EPERM means it runs under another user.
        return LibC.Kill(processId, 0) == 0 || Errno.Last() == Errno.EPERM;
    }

    private int? AcquireOnUnix(string location)
    {
        // Another process may quarantine, remove or replace the session's lock file between the open and the flock.
        // The lock taken then is on a file no longer at the path, so it is dropped: the session is gone, or the file
        // at the path is opened again.
        for (var attempt = 1; ; attempt++)
        {
            var fd = OpenLockFile();
            try
            {
                _opened?.Invoke();
                var holder = LockOrThrow(fd, location);
                if (IsAtPath(fd))
                {
                    RecordOwnProcessId(fd);
                    _fd = fd;
                    return holder;
                }
            }
            catch
            {
                LibC.Close(fd);
                throw;
            }

            LibC.Close(fd);
            if (FileStatus.TryGetNoFollow(location) is not { IsDirectory: true })
            {
                throw new DirectoryNotFoundException(
                    $"The session folder '{location}' was moved or removed while its lock was being taken, so the "
                        + "session is no longer there."
                );
            }

            if (attempt == MaxLockAttempts)
            {
                throw new IOException(
                    $"The lock file '{_path}' was replaced {MaxLockAttempts} times while it was being locked; another "
                        + "process keeps recreating it. Stop that process, then open the session again."
                );
            }
        }
    }

    private int OpenLockFile()
    {
        const int flags = OpenFlags.ReadWrite | OpenFlags.Create | OpenFlags.NonBlocking | OpenFlags.CloseOnExec;
        var fd = LibC.OpenAt(LibC.AtFdCwd, _path, flags | OpenFlags.NoFollow, PrivateFileMode);
        if (fd < 0)
        {
            var errno = Errno.Last();
            throw errno switch
            {
                Errno.ELOOP => LinkedLockFile(),
                Errno.EISDIR => NotRegularLockFile(),
                _ => Errno.ToException(errno, "open the lock file", _path),
            };
        }

        return fd;
    }

    // Whether the locked file is still the entry at the lock file's path.
    private bool IsAtPath(int fd) =>
        FileStatus.TryGetNoFollow(_path) is { } current && current.IsSameFile(FileStatus.OfDescriptor(fd, _path));

    private int? LockOrThrow(int fd, string location)
    {
        if (!FileStatus.OfDescriptor(fd, _path).IsRegularFile)
        {
            throw NotRegularLockFile();
        }

        if (LibC.FLock(fd, LibC.LockExclusive | LibC.LockNonBlocking) == 0)
        {
            return ReadProcessId(fd);
        }

        var errno = Errno.Last();
        if (errno != Errno.EWOULDBLOCK)
        {
            throw Errno.ToException(errno, "lock", _path);
        }

        throw InUse(location, ReadLiveHolder(fd));
    }

    /// <summary>
    /// Reads the id of the process that holds the lock. The holder records it just after it takes the lock, so a
    /// process that lost a race by microseconds can find the file still empty, or naming an earlier holder that
    /// died. A few short waits let the record land, and a dead process is never named.
    /// </summary>
    private static int? ReadLiveHolder(int fd)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            if (ReadProcessId(fd) is { } id && IsAlive(id))
            {
                return id;
            }

            Thread.Sleep(1);
        }

        return null;
    }

    private unsafe void RecordOwnProcessId(int fd)
    {
        if (LibC.FChmod(fd, PrivateFileMode) != 0 || LibC.FTruncate(fd, 0) != 0)
        {
            throw Errno.ToException(Errno.Last(), "prepare the lock file", _path);
        }

        var text = Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
        fixed (byte* start = text)
        {
            if (LibC.PWrite(fd, start, text.Length, 0) != text.Length)
            {
                throw Errno.ToException(Errno.Last(), "write the process id into", _path);
            }
        }
    }

    private static unsafe int? ReadProcessId(int fd)
    {
        var buffer = stackalloc byte[32];
        var count = LibC.PRead(fd, buffer, 32, 0);
        return count > 0 ? ParseProcessId(new ReadOnlySpan<byte>(buffer, (int)count)) : null;
    }

    private static int? ParseProcessId(ReadOnlySpan<byte> text)
    {
        var digits = Encoding.ASCII.GetString(text).Trim();
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
    }

    private int? AcquireOnWindows(string location)
    {
        if (new FileInfo(_path).LinkTarget is not null)
        {
            throw LinkedLockFile();
        }

        try
        {
            // Sharing only reads keeps a second writer out and lets it read the recorded process id.
            _windowsStream = new FileStream(_path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        }
        catch (IOException exception)
        {
            throw InUse(location, ReadProcessIdShared(), exception);
        }

        var buffer = new byte[32];
        var previous = ParseProcessId(buffer.AsSpan(0, _windowsStream.Read(buffer)));
        _windowsStream.SetLength(0);
        _windowsStream.Write(Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture)));
        _windowsStream.Flush();
        return previous;
    }

    private int? ReadProcessIdShared()
    {
        try
        {
            using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var buffer = new byte[32];
            return ParseProcessId(buffer.AsSpan(0, stream.Read(buffer)));
        }
        catch (IOException)
        {
            return null;
        }
    }

    // No process can hold a lock through such an entry, so removing it is safe; Remove() does that by itself.
    private IOException LinkedLockFile() =>
        new(
            $"The lock file '{_path}' is a symbolic link, which is never followed. Delete the link to open the "
                + "session, or call Remove() to delete the session."
        );

    private IOException NotRegularLockFile() =>
        new(
            $"The lock file '{_path}' is not a regular file. Delete it to open the session, or call Remove() to "
                + "delete the session."
        );

    private static SessionInUseException InUse(string location, int? holder, Exception? inner = null)
    {
        var who = holder is { } id ? $"process {id}" : "another process (its id could not be read)";
        return new SessionInUseException(
            $"The session '{location}' is in use: {who} holds its lock. Wait for it to finish or stop it first.",
            location,
            holder,
            inner
        );
    }
}
