using System;
using System.IO;
using Xunit;

namespace SessionToolkit.Tests.Directories;

/// <summary>Populate() on a session where a well-known path is already a link or a file.</summary>
public sealed class PopulateLinkTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("sessiontoolkit-links-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void LinkedDirectoryRejected()
    {
        var session = Directory.CreateDirectory(Path.Combine(_root.FullName, "s1.session")).FullName;
        var victim = Directory.CreateDirectory(Path.Combine(_root.FullName, "victim")).FullName;
        var logs = Path.Combine(session, "logs");
        Directory.CreateSymbolicLink(logs, victim);
        var dirs = new RunDirs(new SessionStorage(session));

        var error = Record.Exception(dirs.Populate);

        var io = Assert.IsAssignableFrom<IOException>(error);
        Assert.Contains(logs, io.Message);
        Assert.Empty(Directory.GetFileSystemEntries(victim));
    }

    [Fact]
    public void ExistingFileRejected()
    {
        var session = Directory.CreateDirectory(Path.Combine(_root.FullName, "s2.session")).FullName;
        var logs = Path.Combine(session, "logs");
        File.WriteAllText(logs, "not a folder");
        var dirs = new RunDirs(new SessionStorage(session));

        var error = Assert.ThrowsAny<IOException>(dirs.Populate);

        Assert.Contains(logs, error.Message);
    }

    [Fact]
    public void ExistingDirectoryAccepted()
    {
        var session = Directory.CreateDirectory(Path.Combine(_root.FullName, "s3.session")).FullName;
        Directory.CreateDirectory(Path.Combine(session, "logs"));
        var dirs = new RunDirs(new SessionStorage(session));

        dirs.Populate();

        Assert.True(Directory.Exists(dirs.Logs));
    }
}
