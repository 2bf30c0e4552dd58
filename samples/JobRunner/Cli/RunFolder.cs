using System;
using System.Globalization;
using System.IO;

namespace JobRunner.Cli;

/// <summary>
/// The folder of one run inside the repository, holding <c>io-logs</c> and <c>share</c> (the job's
/// <c>PLAINBOX_SESSION_SHARE</c>). Until runs become sessions, each run gets a new folder named by its start
/// time and process id.
/// </summary>
public sealed record RunFolder(string Location)
{
    /// <summary>The folder of the IO-log files.</summary>
    public string IoLogs => Path.Combine(Location, "io-logs");

    /// <summary>The folder jobs share files through.</summary>
    public string Share => Path.Combine(Location, "share");

    /// <summary>Creates a new run folder under <paramref name="repository"/>, with mode 0700 like session folders.</summary>
    public static RunFolder Create(string repository)
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var folder = new RunFolder(Path.Combine(repository, $"run-{stamp}-{Environment.ProcessId}"));

        CreateOwnerOnly(repository);
        CreateOwnerOnly(folder.Location);
        CreateOwnerOnly(folder.IoLogs);
        CreateOwnerOnly(folder.Share);
        return folder;
    }

    /// <summary>
    /// Returns the default repository: <c>$XDG_CACHE_HOME/jobrunner/sessions</c>, or
    /// <c>$HOME/.cache/jobrunner/sessions</c> when <c>XDG_CACHE_HOME</c> is unset or empty.
    /// </summary>
    public static string DefaultRepository()
    {
        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(cache))
        {
            cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        }

        return Path.Combine(cache, "jobrunner", "sessions");
    }

    private static void CreateOwnerOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
