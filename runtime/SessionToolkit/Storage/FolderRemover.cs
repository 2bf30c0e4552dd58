using System;
using System.IO;
using SessionToolkit.Interop;

namespace SessionToolkit;

/// <summary>
/// Deletes a folder tree and decides whether to descend into an entry from the entry itself (lstat, or the
/// reparse-point attribute on Windows), never from what a link points to.
/// </summary>
internal static class FolderRemover
{
    /// <summary>Deletes <paramref name="folder"/>, which the caller has checked is a real directory.</summary>
    internal static void DeleteTree(string folder)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
        {
            if (OperatingSystem.IsWindows())
            {
                DeleteEntryOnWindows(entry);
            }
            else
            {
                DeleteEntryOnUnix(entry);
            }
        }

        Directory.Delete(folder, recursive: false);
    }

    private static void DeleteEntryOnUnix(string path)
    {
        if (FileStatus.TryGetNoFollow(path) is { IsDirectory: true })
        {
            DeleteTree(path);
            return;
        }

        // Files, symbolic links (to anything, or dangling), FIFOs and sockets are all unlinked as entries.
        if (LibC.Unlink(path) != 0 && Errno.Last() is var errno && errno != Errno.ENOENT)
        {
            throw Errno.ToException(errno, "remove", path);
        }
    }

    private static void DeleteEntryOnWindows(string path)
    {
        var attributes = File.GetAttributes(path);
        var isDirectory = attributes.HasFlag(FileAttributes.Directory);
        if (attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            // Removing a directory link or junction removes the link itself, not its target's contents.
            if (isDirectory)
            {
                Directory.Delete(path, recursive: false);
            }
            else
            {
                File.Delete(path);
            }

            return;
        }

        if (isDirectory)
        {
            DeleteTree(path);
        }
        else
        {
            File.Delete(path);
        }
    }
}
