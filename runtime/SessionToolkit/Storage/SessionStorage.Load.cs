using System;
using System.IO;
using SessionToolkit.Interop;

namespace SessionToolkit;

public sealed partial class SessionStorage
{
    /// <summary>
    /// Reads the checkpoint bytes, or returns an empty array when no <c>session</c> file exists yet. A leftover
    /// <c>session.next</c> does not block loading, because the earlier checkpoint is the good one.
    /// </summary>
    /// <exception cref="CorruptedSessionException">
    /// <c>session</c> is empty, a symbolic link (never followed) or not a regular file.
    /// </exception>
    public byte[] LoadCheckpoint()
    {
        RejectLinkedSessionFolder();
        return OperatingSystem.IsWindows() ? LoadOnWindows() : LoadOnUnix();
    }

    private byte[] LoadOnUnix()
    {
        // O_NONBLOCK keeps a planted FIFO from blocking the open; the type check below rejects it.
        const int flags = OpenFlags.ReadOnly | OpenFlags.NonBlocking | OpenFlags.CloseOnExec;
        var fd = LibC.OpenAt(LibC.AtFdCwd, SessionFile, flags | OpenFlags.NoFollow, 0);
        if (fd < 0)
        {
            var errno = Errno.Last();
            return errno switch
            {
                Errno.ENOENT => [],
                Errno.ELOOP => throw Corrupt("is a symbolic link, which is not followed"),
                _ => throw Errno.ToException(errno, "open", SessionFile),
            };
        }

        try
        {
            var status = FileStatus.OfDescriptor(fd, SessionFile);
            if (!status.IsRegularFile)
            {
                throw Corrupt("is not a regular file");
            }

            var data = ReadToEnd(fd, status.Size);
            return data.Length == 0 ? throw Corrupt("is empty") : data;
        }
        finally
        {
            LibC.Close(fd);
        }
    }

    private unsafe byte[] ReadToEnd(int fd, long expectedSize)
    {
        var buffer = new byte[Math.Max(expectedSize, 4096)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            nint count;
            fixed (byte* start = buffer)
            {
                count = LibC.Read(fd, start + length, buffer.Length - length);
            }

            if (count < 0)
            {
                throw Errno.ToException(Errno.Last(), "read", SessionFile);
            }

            if (count == 0)
            {
                return buffer.AsSpan(0, length).ToArray();
            }

            length += (int)count;
        }
    }

    private byte[] LoadOnWindows()
    {
        var info = new FileInfo(SessionFile);
        if (info.LinkTarget is not null)
        {
            throw Corrupt("is a symbolic link, which is not followed");
        }

        if (Directory.Exists(SessionFile))
        {
            throw Corrupt("is not a regular file");
        }

        if (!info.Exists)
        {
            return [];
        }

        var data = File.ReadAllBytes(SessionFile);
        return data.Length == 0 ? throw Corrupt("is empty") : data;
    }

    private CorruptedSessionException Corrupt(string reason) =>
        new($"The checkpoint file '{SessionFile}' {reason}.", jsonPath: null, filePath: SessionFile);
}
