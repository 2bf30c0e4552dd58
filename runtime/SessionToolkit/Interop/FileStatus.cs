using System.IO;

namespace SessionToolkit.Interop;

/// <summary>
/// The type, permission bits, owner, size and identity (device and inode) of one file system entry, read with
/// statx(2).
/// </summary>
internal readonly record struct FileStatus(uint Mode, uint UserId, long Size, ulong Device, ulong Inode)
{
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint BasicStats = 0x7ff;

    private const uint TypeMask = 0xF000;
    private const uint RegularType = 0x8000;
    private const uint DirectoryType = 0x4000;
    private const uint SymbolicLinkType = 0xA000;

    /// <summary>Permission bit: writable by the group.</summary>
    internal const uint GroupWrite = 0x10;

    /// <summary>Permission bit: writable by others.</summary>
    internal const uint OtherWrite = 0x2;

    /// <summary>Sticky bit: only an entry's owner may remove or rename it.</summary>
    internal const uint Sticky = 0x200;

    internal bool IsRegularFile => (Mode & TypeMask) == RegularType;

    internal bool IsDirectory => (Mode & TypeMask) == DirectoryType;

    internal bool IsSymbolicLink => (Mode & TypeMask) == SymbolicLinkType;

    /// <summary>Whether <paramref name="other"/> describes the same file: the same inode on the same device.</summary>
    internal bool IsSameFile(FileStatus other) => Device == other.Device && Inode == other.Inode;

    /// <summary>Permission bits, including set-id and sticky bits.</summary>
    internal uint Permissions => Mode & 0xFFF;

    /// <summary>Reads the entry at <paramref name="path"/> itself (lstat), or returns null when it is missing.</summary>
    internal static FileStatus? TryGetNoFollow(string path) => TryGet(path, AtSymlinkNoFollow);

    /// <summary>Reads the entry <paramref name="path"/> resolves to (stat), or returns null when it is missing.</summary>
    internal static FileStatus? TryGetFollowing(string path) => TryGet(path, 0);

    /// <summary>Reads the file an open descriptor refers to (fstat).</summary>
    internal static unsafe FileStatus OfDescriptor(int fd, string path)
    {
        StatXBuffer buffer;
        if (LibC.StatX(fd, "", AtEmptyPath, BasicStats, &buffer) != 0)
        {
            throw Errno.ToException(Errno.Last(), "read the status of", path);
        }

        return From(buffer);
    }

    private static unsafe FileStatus? TryGet(string path, int flags)
    {
        StatXBuffer buffer;
        if (LibC.StatX(LibC.AtFdCwd, path, flags, BasicStats, &buffer) == 0)
        {
            return From(buffer);
        }

        var errno = Errno.Last();
        if (errno is Errno.ENOENT or Errno.ENOTDIR)
        {
            return null;
        }

        throw Errno.ToException(errno, "read the status of", path);
    }

    private static FileStatus From(in StatXBuffer buffer) =>
        new(
            buffer.Mode,
            buffer.UserId,
            (long)buffer.Size,
            ((ulong)buffer.DeviceMajor << 32) | buffer.DeviceMinor,
            buffer.Inode
        );
}
