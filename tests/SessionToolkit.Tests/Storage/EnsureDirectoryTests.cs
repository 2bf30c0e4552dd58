using System;
using System.IO;
using Xunit;

namespace SessionToolkit.Tests.Storage;

public class EnsureDirectoryTests
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    [Fact]
    public void CreatesNestedPrivateFolders()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);

        var path = storage.EnsureDirectory("io-logs/job-1");

        Assert.Equal(Path.Combine(storage.Location, "io-logs", "job-1"), path);
        Assert.Equal(Private, Entry.Mode(Path.Combine(storage.Location, "io-logs")));
        Assert.Equal(Private, Entry.Mode(path));
    }

    [Fact]
    public void ExistingFolderAccepted()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        Directory.CreateDirectory(Path.Combine(storage.Location, "logs"));
        File.WriteAllText(Path.Combine(storage.Location, "logs", "a.txt"), "kept");

        var path = storage.EnsureDirectory("logs");

        Assert.Equal("kept", File.ReadAllText(Path.Combine(path, "a.txt")));
    }

    [Fact]
    public void Case021LinkedFolderRejected()
    {
        using var temp = new TempFolder();
        var victim = Directory.CreateDirectory(temp.Combine("victim")).FullName;
        var storage = SessionStorage.Create(temp.Repository);
        var logs = Path.Combine(storage.Location, "logs");
        Directory.CreateSymbolicLink(logs, victim);

        var error = Assert.Throws<IOException>(() => storage.EnsureDirectory("logs"));

        Assert.Contains(logs, error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(victim));
    }

    [Fact]
    public void LinkedMiddleSegmentRejected()
    {
        using var temp = new TempFolder();
        var victim = Directory.CreateDirectory(temp.Combine("victim")).FullName;
        var storage = SessionStorage.Create(temp.Repository);
        var logs = Path.Combine(storage.Location, "io-logs");
        Directory.CreateSymbolicLink(logs, victim);

        var error = Assert.Throws<IOException>(() => storage.EnsureDirectory("io-logs/job-1"));

        Assert.Contains(logs, error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(victim));
    }

    [Fact]
    public void RegularFileRejected()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        var logs = Path.Combine(storage.Location, "logs");
        File.WriteAllText(logs, "not a folder");

        var error = Assert.Throws<IOException>(() => storage.EnsureDirectory("logs"));

        Assert.Contains(logs, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a directory", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("a/../b")]
    [InlineData("/etc")]
    [InlineData("a//b")]
    [InlineData("./a")]
    public void InvalidPathRejected(string relativePath)
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);

        Assert.Throws<ArgumentException>(() => storage.EnsureDirectory(relativePath));
    }
}
