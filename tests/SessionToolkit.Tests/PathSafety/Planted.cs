using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace SessionToolkit.Tests.PathSafety;

/// <summary>A kind of entry an attacker or an accident leaves where the storage layer expects its own file.</summary>
public enum PlantedKind
{
    /// <summary>A symbolic link to the sentinel's file.</summary>
    LinkToFile,

    /// <summary>A symbolic link to the sentinel folder.</summary>
    LinkToFolder,

    /// <summary>A symbolic link to a path that does not exist.</summary>
    DanglingLink,

    /// <summary>A directory holding a file and a link to the sentinel folder.</summary>
    Folder,

    /// <summary>A named pipe, which blocks a plain open for reading.</summary>
    Fifo,
}

/// <summary>Creates the <see cref="PlantedKind"/> entries.</summary>
internal static class Planted
{
    /// <summary>Creates the entry at <paramref name="path"/>, in place of the file or folder already there.</summary>
    public static void Create(string path, PlantedKind kind, Sentinel sentinel)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        else if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        switch (kind)
        {
            case PlantedKind.LinkToFile:
                File.CreateSymbolicLink(path, sentinel.FilePath);
                break;
            case PlantedKind.LinkToFolder:
                Directory.CreateSymbolicLink(path, sentinel.Folder);
                break;
            case PlantedKind.DanglingLink:
                File.CreateSymbolicLink(path, Path.Combine(sentinel.Folder, "missing"));
                break;
            case PlantedKind.Folder:
                Directory.CreateDirectory(path);
                File.WriteAllText(Path.Combine(path, "inside.txt"), "planted");
                Directory.CreateSymbolicLink(Path.Combine(path, "out"), sentinel.Folder);
                break;
            default:
                MakeFifo(path);
                break;
        }
    }

    /// <summary>Whether an entry of any kind, a dangling link included, has the name.</summary>
    public static bool Exists(string path) => Path.Exists(path) || new FileInfo(path).LinkTarget is not null;

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path])
            ?? throw new InvalidOperationException("mkfifo did not start.");
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
