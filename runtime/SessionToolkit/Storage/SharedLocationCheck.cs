using System;
using System.Globalization;
using System.IO;
using Microsoft.Extensions.Logging;
using SessionToolkit.Interop;

namespace SessionToolkit;

/// <summary>
/// Rejects a repository folder that another local user could write to: one writable by its group or by others
/// without the sticky bit, or one owned by another user. In such a folder another user can plant symbolic links
/// or swap session folders before this process uses them.
/// </summary>
internal static class SharedLocationCheck
{
    /// <summary>Throws, or logs a warning when <paramref name="allowSharedLocation"/> is set.</summary>
    internal static void Check(string repository, bool allowSharedLocation, ILogger logger)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var reason = FindRisk(repository);
        if (reason is not null && !allowSharedLocation)
        {
            throw new IOException(
                $"The repository folder '{repository}' {reason}, so another user could plant links or sessions "
                    + "in it. Use a private folder (mode 0700), or pass allowSharedLocation: true to accept the risk."
            );
        }

        if (reason is not null)
        {
            StorageLog.SharedLocationAllowed(logger, repository, reason);
        }

        var parent = Path.GetDirectoryName(repository);
        if (parent is not null && FindRisk(parent) is { } parentReason)
        {
            StorageLog.SharedParent(logger, repository, parentReason);
        }
    }

    /// <summary>Returns why <paramref name="folder"/> is open to other users, or null when it is not.</summary>
    internal static string? FindRisk(string folder)
    {
        var status = FileStatus.TryGetFollowing(folder)
            ?? throw new DirectoryNotFoundException($"The repository folder '{folder}' does not exist.");

        var ownUserId = LibC.GetEffectiveUserId();
        if (status.UserId != ownUserId)
        {
            return $"is owned by user id {status.UserId}, not by the current user ({ownUserId})";
        }

        var writableByOthers = (status.Permissions & (FileStatus.GroupWrite | FileStatus.OtherWrite)) != 0;
        var sticky = (status.Permissions & FileStatus.Sticky) != 0;
        if (writableByOthers && !sticky)
        {
            var mode = Convert.ToString(status.Permissions, 8).PadLeft(4, '0');
            return string.Create(
                CultureInfo.InvariantCulture,
                $"is writable by its group or by others without the sticky bit (mode {mode})"
            );
        }

        return null;
    }
}
