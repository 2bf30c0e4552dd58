using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using Xunit;

namespace SessionToolkit.Tests.PathSafety;

/// <summary>
/// A folder outside every session, with a file, a sub-folder and a valid checkpoint, that planted links point
/// at. It records every entry (type, mode, size, modification time, SHA-256 of a file's bytes, a link's target)
/// when created, and <see cref="AssertUntouched"/> compares them again, so a test proves that nothing was
/// written, created, removed or followed into it.
/// </summary>
internal sealed class Sentinel
{
    private readonly List<string> _recorded;

    public Sentinel(string folder)
    {
        Folder = Directory.CreateDirectory(folder).FullName;
        File.WriteAllBytes(FilePath, RandomNumberGenerator.GetBytes(4096));
        Directory.CreateDirectory(SubFolder);
        File.WriteAllBytes(Path.Combine(SubFolder, "deep.bin"), RandomNumberGenerator.GetBytes(512));
        File.WriteAllBytes(
            CheckpointPath,
            SessionSerializer.Suspend(new Hostile.InspectionState { Title = "outside" })
        );
        _recorded = Record();
    }

    /// <summary>The folder itself.</summary>
    public string Folder { get; }

    /// <summary>A file of random bytes.</summary>
    public string FilePath => Path.Combine(Folder, "keep.bin");

    /// <summary>A sub-folder with one file.</summary>
    public string SubFolder => Path.Combine(Folder, "nested");

    /// <summary>A valid checkpoint, which a reader that followed a link would accept.</summary>
    public string CheckpointPath => Path.Combine(Folder, "session");

    /// <summary>Asserts that every entry is as it was when the sentinel was created, byte for byte.</summary>
    public void AssertUntouched()
    {
        Assert.Equal(_recorded, Record());
    }

    private List<string> Record()
    {
        var entries = Directory.EnumerateFileSystemEntries(Folder, "*", SearchOption.AllDirectories).Prepend(Folder);
        return entries.Order(StringComparer.Ordinal).Select(Describe).ToList();
    }

    private string Describe(string path)
    {
        var info = new FileInfo(path);
        var relative = Path.GetRelativePath(Folder, path);
        if (info.LinkTarget is { } target)
        {
            return $"{relative} link to {target}";
        }

        var mode = Storage.Entry.Mode(path);
        var modified = File.GetLastWriteTimeUtc(path).Ticks;

        if (Directory.Exists(path))
        {
            return $"{relative} folder {mode} modified {modified}";
        }

        var hash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
        return $"{relative} file {mode} {info.Length} bytes modified {modified} sha256 {hash}";
    }
}
