using System;
using System.IO;
using SessionToolkit.Tests.Directories.Desk;
using Xunit;

namespace SessionToolkit.Tests.Directories;

/// <summary>Generated directory helpers on real folders.</summary>
public sealed class DirectoryHelperTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("sessiontoolkit-dirs-");

    private SessionStorage Storage() => new(_root.FullName);

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void PathsAreUnderStorage()
    {
        var dirs = new RunDirs(Storage());

        Assert.Equal(Path.Combine(_root.FullName, "logs"), dirs.Logs);
        Assert.Equal(Path.Combine(_root.FullName, "io-logs", "raw"), dirs.RawIoLogs);
        Assert.Equal(Path.Combine(_root.FullName, "attachments"), dirs.Attachments);
    }

    [Fact]
    public void StorageIsKept()
    {
        var storage = Storage();

        var dirs = new RunDirs(storage);

        Assert.Same(storage, dirs.Storage);
    }

    [Fact]
    public void AllDirectoriesSortedByPath()
    {
        var dirs = new RunDirs(Storage());

        Assert.Equal([dirs.Attachments, dirs.RawIoLogs, dirs.Logs], dirs.AllDirectories);
    }

    [Fact]
    public void PopulateCreatesFolders()
    {
        var dirs = new RunDirs(Storage());

        dirs.Populate();

        Assert.True(Directory.Exists(dirs.Logs));
        Assert.True(Directory.Exists(dirs.RawIoLogs));
        Assert.True(Directory.Exists(dirs.Attachments));
    }

    [Fact]
    public void PopulateUsesMode0700()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes do not exist on Windows.");
            return;
        }

        var dirs = new RunDirs(Storage());

        dirs.Populate();

        Assert.Equal(
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
            File.GetUnixFileMode(dirs.Logs)
        );
    }

    [Fact]
    public void PopulateIsRepeatable()
    {
        var dirs = new RunDirs(Storage());
        dirs.Populate();

        dirs.Populate();

        Assert.True(Directory.Exists(dirs.Logs));
    }

    [Fact]
    public void PopulateOverloadKept()
    {
        var dirs = new RunDirs(Storage());

        Assert.Equal(4, dirs.Populate("abcd"));
    }

    [Fact]
    public void NullStorageRejected()
    {
        Assert.Throws<ArgumentNullException>(() => new RunDirs(null!));
    }

    [Fact]
    public void FileScopedNamespaceWorks()
    {
        var dirs = new PanelDirs(Storage());

        dirs.Populate();

        Assert.Equal(Path.Combine(_root.FullName, "layouts"), dirs.Layouts);
        Assert.True(Directory.Exists(dirs.Layouts));
    }

    [Fact]
    public void GlobalNamespaceWorks()
    {
        var dirs = new global::GlobalDirs(Storage());

        Assert.Equal(Path.Combine(_root.FullName, "global"), dirs.Global);
    }

    [Fact]
    public void NestedTypeWorks()
    {
        var dirs = new Holder.NestedDirs(Storage());

        Assert.Equal(Path.Combine(_root.FullName, "nested"), dirs.Nested);
    }

    [Fact]
    public void KeywordNamesWork()
    {
        var dirs = new @namespace(Storage());

        dirs.Populate();

        Assert.Equal(Path.Combine(_root.FullName, "out"), dirs.@out);
        Assert.Equal([dirs.@out], dirs.AllDirectories);
        Assert.True(Directory.Exists(dirs.@out));
    }
}
