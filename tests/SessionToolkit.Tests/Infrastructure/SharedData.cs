using System;
using System.IO;
using Xunit;

namespace SessionToolkit.Tests.Infrastructure;

/// <summary>
/// Locates the real inputs kept outside the repository: a folder named <c>shared</c> beside the clone, or the
/// folder named by SESSIONTOOLKIT_SHARED. Tests that need it call <see cref="RequireFile"/> and are skipped,
/// with the reason, when it is absent.
/// </summary>
public static class SharedData
{
    /// <summary>Full path of the shared folder, or <c>null</c> when there is none.</summary>
    public static string? Folder { get; } = Locate();

    /// <summary>Full path of the repository root (the folder holding SessionToolkit.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Returns the full path of <paramref name="relativePath"/> under the shared folder, or skips the test.</summary>
    public static string RequireFile(string relativePath)
    {
        if (Folder is null)
        {
            var configured = Environment.GetEnvironmentVariable("SESSIONTOOLKIT_SHARED");
            Assert.Skip(
                string.IsNullOrEmpty(configured)
                    ? $"The shared data folder was not found beside {RepositoryRoot} (expected ../shared); "
                        + "set SESSIONTOOLKIT_SHARED to its path to run this test."
                    : $"SESSIONTOOLKIT_SHARED names '{configured}', which is not a folder."
            );
        }

        var path = Path.Combine(Folder, relativePath);
        if (!File.Exists(path))
        {
            Assert.Skip($"The shared data file {path} is missing.");
        }

        return path;
    }

    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable("SESSIONTOOLKIT_SHARED");
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        var beside = Path.GetFullPath(Path.Combine(FindRepositoryRoot(), "..", "shared"));
        return Directory.Exists(beside) ? beside : null;
    }

    private static string FindRepositoryRoot()
    {
        var folder = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(folder, "SessionToolkit.sln")))
        {
            folder = Path.GetDirectoryName(folder.TrimEnd(Path.DirectorySeparatorChar))
                ?? throw new InvalidOperationException($"No SessionToolkit.sln above {AppContext.BaseDirectory}.");
        }

        return folder;
    }
}
