using System;
using System.IO;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SessionToolkit.Interop;

namespace SessionToolkit;

/// <summary>
/// One session's folder on disk: its checkpoint file, its lock and its sub-directories.
/// </summary>
/// <remarks>
/// The Unix code paths call Linux's system calls directly (flag values and statx), so on Unix the storage
/// layer supports Linux; Windows uses the Win32 equivalents.
/// </remarks>
public sealed partial class SessionStorage
{
    /// <summary>File name of the checkpoint inside the session folder.</summary>
    public const string CheckpointFileName = "session";

    /// <summary>File name of a checkpoint being written; its presence after a crash locks the storage.</summary>
    public const string NextCheckpointFileName = "session.next";

    /// <summary>
    /// File name of the checkpoint before the current one, kept as a fallback for a <c>session</c> file that turns
    /// out unreadable.
    /// </summary>
    public const string PreviousCheckpointFileName = "session.prev";

    /// <summary>File name of the inter-process lock inside the session folder.</summary>
    public const string LockFileName = "session.lock";

    private const uint PrivateFileMode = 0x180; // 0600

    private readonly ILogger _logger;

    /// <summary>Creates a handle on an existing session folder; nothing is created or opened.</summary>
    /// <param name="location">Path of the session folder.</param>
    /// <param name="logger">Receives a message for each failure and each recovered problem.</param>
    public SessionStorage(string location, ILogger? logger = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(location);
        Location = Path.TrimEndingDirectorySeparator(Path.GetFullPath(location));
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>Full path of the session folder.</summary>
    public string Location { get; }

    /// <summary>Name of the session folder, which identifies the session inside its repository.</summary>
    public string Id => Path.GetFileName(Location);

    /// <summary>
    /// UTC time at which <see cref="Create"/> made the session, read from the start of its folder name, such as
    /// 2026-12-04 15:12:00.123 for <c>20261204T151200123Z-k3m9q2x7ab4rt6yw.session</c>; null for a folder name
    /// that does not start with such a time. Unlike the folder's modification time, it does not change when a
    /// checkpoint is saved.
    /// </summary>
    public DateTime? CreationTimeUtc => SessionFolderName.TryGetCreationTime(Id, out var created) ? created : null;

    /// <summary>Full path of the checkpoint file.</summary>
    public string SessionFile => Path.Combine(Location, CheckpointFileName);

    /// <summary>Full path of the previous checkpoint file, the fallback generation.</summary>
    public string PreviousSessionFile => Path.Combine(Location, PreviousCheckpointFileName);

    private string NextSessionFile => Path.Combine(Location, NextCheckpointFileName);

    /// <summary>
    /// Whether a <c>session</c> entry exists. The entry is not opened, so a damaged checkpoint counts as
    /// present, and <see cref="LoadCheckpoint()"/> reports the damage.
    /// </summary>
    public bool HasCheckpoint =>
        OperatingSystem.IsWindows() ? Path.Exists(SessionFile) : FileStatus.TryGetNoFollow(SessionFile) is not null;

    /// <summary>Fault injection for the save protocol; tests set it, production code never does.</summary>
    internal SaveFaultInjector? FaultInjector { get; set; }

    /// <summary>
    /// Runs after <see cref="AcquireLock"/> opened the lock file and before it locks it, so that tests can change the
    /// session in that moment; production code never sets it.
    /// </summary>
    internal Action? LockFileOpened { get; set; }

    /// <summary>
    /// Creates the sub-directory <paramref name="relativePath"/> of the session (mode 0700) when it is missing and
    /// returns its full path. A symbolic link or a regular file at that path or at any segment of it is rejected
    /// with an <see cref="IOException"/> naming it.
    /// </summary>
    public string EnsureDirectory(string relativePath)
    {
        var segments = SplitRelativePath(relativePath);
        RejectLinkedSessionFolder();

        var path = Location;
        foreach (var segment in segments)
        {
            path = Path.Combine(path, segment);
            PrivateDirectory.EnsureSingle(path, "session sub-directory");
        }

        return path;
    }

    /// <inheritdoc/>
    public override string ToString() => Location;

    private static string[] SplitRelativePath(string relativePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(relativePath);
        if (Path.IsPathRooted(relativePath))
        {
            throw new ArgumentException($"The path '{relativePath}' must be relative to the session folder.");
        }

        var segments = relativePath.Split(
            [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar],
            StringSplitOptions.None
        );
        foreach (var segment in segments)
        {
            if (segment is "" or "." or "..")
            {
                throw new ArgumentException(
                    $"The path '{relativePath}' has an empty, '.' or '..' segment; "
                        + "a session sub-directory path names folders below the session folder only."
                );
            }
        }

        return segments;
    }

    /// <summary>
    /// Rejects a session folder that is itself a symbolic link, so that nothing is created, written or
    /// deleted in the folder it points to.
    /// </summary>
    private void RejectLinkedSessionFolder()
    {
        if (IsSymbolicLink(Location))
        {
            throw new IOException($"The session folder '{Location}' is a symbolic link; it is not used as a session.");
        }
    }

    private static bool IsSymbolicLink(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var info = new DirectoryInfo(path);
            return info.Exists && info.Attributes.HasFlag(FileAttributes.ReparsePoint);
        }

        return FileStatus.TryGetNoFollow(path) is { IsSymbolicLink: true };
    }
}
