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
    /// <c>session</c> is empty, larger than <see cref="Array.MaxLength"/>, a symbolic link (never followed) or not
    /// a regular file.
    /// </exception>
    public byte[] LoadCheckpoint() => LoadCheckpoint(Array.MaxLength);

    /// <summary>
    /// Reads the checkpoint bytes as <see cref="LoadCheckpoint()"/> does, but rejects a file larger than
    /// <paramref name="maxBytes"/> before reading it, so that a huge or sparse <c>session</c> file cannot take the
    /// process's memory.
    /// </summary>
    /// <exception cref="CorruptedSessionException">
    /// <c>session</c> is empty, larger than <paramref name="maxBytes"/>, a symbolic link (never followed) or not a
    /// regular file.
    /// </exception>
    public byte[] LoadCheckpoint(long maxBytes) => Load(SessionFile, maxBytes);

    /// <summary>
    /// Reads the previous checkpoint, <c>session.prev</c>, with the same checks as
    /// <see cref="LoadCheckpoint(long)"/>, or returns an empty array when there is none. A save keeps the checkpoint
    /// it replaces there, so this is the fallback when <c>session</c> is unreadable.
    /// </summary>
    /// <exception cref="CorruptedSessionException">
    /// <c>session.prev</c> is empty, larger than <paramref name="maxBytes"/>, a symbolic link (never followed) or
    /// not a regular file.
    /// </exception>
    public byte[] LoadPreviousCheckpoint(long maxBytes) => Load(PreviousSessionFile, maxBytes);

    /// <summary>
    /// Reads <c>session.prev</c> as <see cref="LoadPreviousCheckpoint(long)"/> does, up to <see
    /// cref="Array.MaxLength"/>.
    /// </summary>
    public byte[] LoadPreviousCheckpoint() => LoadPreviousCheckpoint(Array.MaxLength);

    private byte[] Load(string path, long maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        var limit = Math.Min(maxBytes, Array.MaxLength);

        RejectLinkedSessionFolder();
        return OperatingSystem.IsWindows() ? LoadOnWindows(path, limit) : LoadOnUnix(path, limit);
    }

    private static byte[] LoadOnUnix(string path, long maxBytes)
    {
        // O_NONBLOCK keeps a planted FIFO from blocking the open; the type check below rejects it.
        const int flags = OpenFlags.ReadOnly | OpenFlags.NonBlocking | OpenFlags.CloseOnExec;
        var fd = LibC.OpenAt(LibC.AtFdCwd, path, flags | OpenFlags.NoFollow, 0);
        if (fd < 0)
        {
            var errno = Errno.Last();
            return errno switch
            {
                Errno.ENOENT => [],
                Errno.ELOOP => throw Corrupt(path, "is a symbolic link, which is not followed"),
                _ => throw Errno.ToException(errno, "open", path),
            };
        }

        try
        {
            var status = FileStatus.OfDescriptor(fd, path);
            if (!status.IsRegularFile)
            {
                throw Corrupt(path, "is not a regular file");
            }

            if (status.Size > maxBytes)
            {
                throw TooLarge(path, status.Size, maxBytes);
            }

            var data = ReadToEnd(fd, path, status.Size, maxBytes);
            return data.Length == 0 ? throw Corrupt(path, "is empty") : data;
        }
        finally
        {
            LibC.Close(fd);
        }
    }

    private static unsafe byte[] ReadToEnd(int fd, string path, long expectedSize, long maxBytes)
    {
        var buffer = new byte[Math.Max(expectedSize, 4096)];
        var length = 0;
        while (true)
        {
            // The file may grow after fstat, so the limit is checked again while it is read.
            if (length > maxBytes)
            {
                throw TooLarge(path, length, maxBytes);
            }

            if (length == buffer.Length)
            {
                Array.Resize(
                    ref buffer,
                    (int)Math.Min(Math.Min((long)buffer.Length * 2, maxBytes + 1), Array.MaxLength)
                );
            }

            nint count;
            fixed (byte* start = buffer)
            {
                count = LibC.Read(fd, start + length, buffer.Length - length);
            }

            if (count < 0)
            {
                throw Errno.ToException(Errno.Last(), "read", path);
            }

            if (count == 0)
            {
                return buffer.AsSpan(0, length).ToArray();
            }

            length += (int)count;
        }
    }

    private static byte[] LoadOnWindows(string path, long maxBytes)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            throw Corrupt(path, "is a symbolic link, which is not followed");
        }

        if (Directory.Exists(path))
        {
            throw Corrupt(path, "is not a regular file");
        }

        if (!info.Exists)
        {
            return [];
        }

        if (info.Length > maxBytes)
        {
            throw TooLarge(path, info.Length, maxBytes);
        }

        var data = File.ReadAllBytes(path);
        return data.Length == 0 ? throw Corrupt(path, "is empty") : data;
    }

    private static CorruptedSessionException TooLarge(string path, long size, long maxBytes) =>
        Corrupt(path, $"has {size} bytes, more than the limit of {maxBytes} bytes");

    private static CorruptedSessionException Corrupt(string path, string reason) =>
        new($"The checkpoint file '{path}' {reason}.", jsonPath: null, filePath: path);
}
