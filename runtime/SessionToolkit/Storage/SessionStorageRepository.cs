using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SessionToolkit.Interop;

namespace SessionToolkit;

/// <summary>
/// A repository folder that holds session folders. Enumerating it yields the sessions youngest first.
/// </summary>
public sealed partial class SessionStorageRepository : IEnumerable<SessionStorage>
{
    /// <summary>Application name used for the default location when none is given.</summary>
    public const string DefaultApplicationName = "sessiontoolkit";

    private readonly ILogger _logger;

    /// <summary>Creates a handle on a repository folder; nothing is created.</summary>
    /// <param name="location">
    /// The repository folder, or null for <see cref="GetDefaultLocation(string)"/> of <see cref="DefaultApplicationName"/>.
    /// </param>
    /// <param name="logger">Passed on to the <see cref="SessionStorage"/> objects this repository returns.</param>
    public SessionStorageRepository(string? location = null, ILogger? logger = null)
    {
        var folder = location ?? GetDefaultLocation(DefaultApplicationName);
        Location = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>Full path of the repository folder.</summary>
    public string Location { get; }

    /// <summary>
    /// Returns the per-user repository folder of <paramref name="applicationName"/>:
    /// <c>$XDG_CACHE_HOME/&lt;app&gt;/sessions</c>, or <c>$HOME/.cache/&lt;app&gt;/sessions</c> when
    /// XDG_CACHE_HOME is unset or empty, on Linux; <c>&lt;local app data&gt;/&lt;app&gt;/sessions</c> on Windows
    /// and macOS.
    /// </summary>
    /// <exception cref="ArgumentException">The name is empty, <c>.</c>, <c>..</c> or has a path separator.</exception>
    public static string GetDefaultLocation(string applicationName) =>
        GetDefaultLocation(applicationName, Environment.GetEnvironmentVariable);

    /// <summary>Same as <see cref="GetDefaultLocation(string)"/>, with the environment lookup given by tests.</summary>
    internal static string GetDefaultLocation(string applicationName, Func<string, string?> environment)
    {
        ValidateApplicationName(applicationName);
        if (OperatingSystem.IsWindows() || OperatingSystem.IsMacOS())
        {
            var appData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return Path.Combine(appData, applicationName, "sessions");
        }

        var cache = environment("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(cache))
        {
            var home = environment("HOME");
            if (string.IsNullOrEmpty(home))
            {
                throw new InvalidOperationException(
                    "Neither XDG_CACHE_HOME nor HOME is set, so there is no per-user folder for sessions; "
                        + "pass a repository location."
                );
            }

            cache = Path.Combine(home, ".cache");
        }

        return Path.Combine(cache, applicationName, "sessions");
    }

    /// <summary>
    /// Runs before <c>Scan()</c> reads each listed session, so that tests can change the session in that moment;
    /// production code never sets it.
    /// </summary>
    internal Action<SessionStorage>? SessionListed { get; set; }

    /// <summary>
    /// Lists the session folders: directories whose name ends in <c>.session</c>, youngest first by the creation
    /// time in their name (a name without one counts with its folder's last write time). Hidden entries and
    /// symbolic links are skipped; a missing repository folder is an empty list.
    /// </summary>
    public IReadOnlyList<SessionStorage> GetStorageList()
    {
        if (!Directory.Exists(Location))
        {
            return [];
        }

        return Directory
            .EnumerateDirectories(Location, "*" + SessionFolderName.Suffix)
            .Where(IsSessionFolder)
            .Select(path => (Path: path, Created: CreationTime(path)))
            .OrderByDescending(entry => entry.Created)
            .ThenByDescending(entry => entry.Path, StringComparer.Ordinal)
            .Select(entry => new SessionStorage(entry.Path, _logger))
            .ToList();
    }

    /// <summary>
    /// Returns the session the legacy <c>last-session</c> link points at, or null when the link is missing, is
    /// not a link, is broken, or points anywhere but at a session folder directly inside this repository.
    /// </summary>
    public SessionStorage? GetLastStorage()
    {
        var link = new FileInfo(Path.Combine(Location, SessionStorage.LegacyLinkName));
        if (link.LinkTarget is not { } target)
        {
            return null;
        }

        var resolved = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target, Location));
        var insideRepository = Path.GetDirectoryName(resolved) == Location;
        return insideRepository && IsSessionFolder(resolved) ? new SessionStorage(resolved, _logger) : null;
    }

    /// <summary>Enumerates <see cref="GetStorageList"/>.</summary>
    public IEnumerator<SessionStorage> GetEnumerator() => GetStorageList().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static void ValidateApplicationName(string applicationName)
    {
        ArgumentException.ThrowIfNullOrEmpty(applicationName);
        var invalid =
            applicationName is "." or ".."
            || applicationName.IndexOfAny([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar, '\0']) >= 0;
        if (invalid)
        {
            throw new ArgumentException(
                $"The application name '{applicationName}' must be one folder name: no separators, not '.' or '..'.",
                nameof(applicationName)
            );
        }
    }

    private static bool IsSessionFolder(string path)
    {
        if (Path.GetFileName(path).StartsWith('.'))
        {
            return false;
        }

        if (OperatingSystem.IsWindows())
        {
            var info = new DirectoryInfo(path);
            return info.Exists && !info.Attributes.HasFlag(FileAttributes.ReparsePoint);
        }

        return FileStatus.TryGetNoFollow(path) is { IsDirectory: true };
    }

    private static DateTime CreationTime(string path) =>
        SessionFolderName.TryGetCreationTime(Path.GetFileName(path), out var created)
            ? created
            : Directory.GetLastWriteTimeUtc(path);
}
