using System;
using System.IO;
using SessionToolkit.Interop;

namespace SessionToolkit;

/// <summary>Creates directories with mode 0700 and checks that an existing one is a real directory.</summary>
internal static class PrivateDirectory
{
    private const uint Mode = 0x1C0; // 0700

    /// <summary>
    /// Creates the single directory <paramref name="path"/> (its parent must exist) or accepts an existing
    /// real directory. A symbolic link or any other entry at the path is rejected with an IOException.
    /// </summary>
    /// <returns>True when this call created the directory.</returns>
    internal static bool EnsureSingle(string path, string role)
    {
        if (OperatingSystem.IsWindows())
        {
            return EnsureSingleOnWindows(path, role);
        }

        if (LibC.MakeDirectory(path, Mode) == 0)
        {
            // mkdir applies the umask, which may remove the owner's bits; set the mode the contract promises.
            Chmod(path);
            return true;
        }

        var errno = Errno.Last();
        if (errno != Errno.EEXIST)
        {
            throw Errno.ToException(errno, $"create the {role}", path);
        }

        RequireRealDirectory(path, role);
        return false;
    }

    /// <summary>Creates <paramref name="path"/> (mode 0700), or returns false when an entry of that name exists.</summary>
    internal static bool TryCreateNew(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            if (Path.Exists(path))
            {
                return false;
            }

            Directory.CreateDirectory(path);
            return true;
        }

        if (LibC.MakeDirectory(path, Mode) != 0)
        {
            var errno = Errno.Last();
            return errno == Errno.EEXIST ? false : throw Errno.ToException(errno, "create the session folder", path);
        }

        Chmod(path);
        return true;
    }

    /// <summary>Creates <paramref name="path"/> and its missing parents, each one 0700.</summary>
    internal static void EnsureTree(string path, string role)
    {
        var parent = Path.GetDirectoryName(path);
        if (parent is not null && !Directory.Exists(parent))
        {
            EnsureTree(parent, role);
        }

        if (!OperatingSystem.IsWindows() && FileStatus.TryGetFollowing(path) is { IsDirectory: true })
        {
            // An existing ancestor may be a symbolic link, such as a home folder on another disk. Only the
            // entries the storage layer creates itself must be real directories.
            return;
        }

        EnsureSingle(path, role);
    }

    private static void RequireRealDirectory(string path, string role)
    {
        var status = FileStatus.TryGetNoFollow(path);
        if (status is { IsSymbolicLink: true })
        {
            throw new IOException($"The {role} '{path}' is a symbolic link; it is not followed.");
        }

        if (status is not { IsDirectory: true })
        {
            throw new IOException($"The {role} '{path}' exists but is not a directory.");
        }
    }

    private static void Chmod(string path)
    {
        if (LibC.Chmod(path, Mode) != 0)
        {
            throw Errno.ToException(Errno.Last(), "set mode 0700 on", path);
        }
    }

    private static bool EnsureSingleOnWindows(string path, string role)
    {
        var info = new DirectoryInfo(path);
        if (info.Exists && info.Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            throw new IOException($"The {role} '{path}' is a symbolic link or junction; it is not followed.");
        }

        if (File.Exists(path))
        {
            throw new IOException($"The {role} '{path}' exists but is not a directory.");
        }

        if (info.Exists)
        {
            return false;
        }

        Directory.CreateDirectory(path);
        return true;
    }
}
