using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using SessionToolkit.Interop;
using Xunit;

namespace SessionToolkit.Tests.Storage;

/// <summary>
/// A small tmpfs that a test mounts on a folder of its own, so that writes run out of space for real. Disposing it
/// unmounts it, lazily when a file in it is still open.
/// </summary>
internal sealed class TmpfsMount : IDisposable
{
    private TmpfsMount(string path) => Path = path;

    /// <summary>Full path of the mount point.</summary>
    public string Path { get; }

    /// <summary>
    /// Mounts a tmpfs of <paramref name="options"/> (such as <c>size=256k</c>) on <paramref name="folder"/>, which is
    /// created, or skips the test with the reason when this machine does not allow it.
    /// </summary>
    public static TmpfsMount MountOrSkip(string folder, string options)
    {
        const string fallback = "The fault-injection cases of DiskFullTests check the same promises without a mount.";
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip($"Mounting a tmpfs needs Linux. {fallback}");
        }

        if (LibC.GetEffectiveUserId() != 0)
        {
            Assert.Skip(
                $"Mounting a tmpfs needs root, and this test runs as user {LibC.GetEffectiveUserId()}. {fallback}"
            );
        }

        Directory.CreateDirectory(folder);
        var (exitCode, error) = Run("mount", "-t", "tmpfs", "-o", $"{options},mode=0700", "tmpfs", folder);
        if (exitCode != 0)
        {
            Assert.Skip($"'mount -t tmpfs' failed on this machine ({error.Trim()}). {fallback}");
        }

        return new TmpfsMount(folder);
    }

    public void Dispose()
    {
        if (Run("umount", Path).ExitCode != 0)
        {
            Run("umount", "-l", Path);
        }
    }

    private static (int ExitCode, string Error) Run(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(info)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
        catch (Win32Exception exception)
        {
            return (-1, $"{program} could not be started: {exception.Message}");
        }
    }
}
