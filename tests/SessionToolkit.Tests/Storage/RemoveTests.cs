using System;
using System.IO;
using System.Linq;
using Xunit;

namespace SessionToolkit.Tests.Storage;

public class RemoveTests
{
    [Fact]
    public void Case021RemoveKeepsLinkTargets()
    {
        using var temp = new TempFolder();
        var victim = temp.Combine("victim");
        Directory.CreateDirectory(Path.Combine(victim, "keep"));
        File.WriteAllText(Path.Combine(victim, "keep", "data.txt"), "precious");
        File.WriteAllText(Path.Combine(victim, "settings.ini"), "cfg");
        var storage = SessionStorage.Create(temp.Repository);
        storage.SaveCheckpoint(new byte[1000]);
        var artifacts = Directory.CreateDirectory(Path.Combine(storage.Location, "artifacts")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(artifacts, "linked-dir"), Path.Combine(victim, "keep"));
        File.CreateSymbolicLink(Path.Combine(artifacts, "linked-file"), Path.Combine(victim, "settings.ini"));
        File.CreateSymbolicLink(Path.Combine(artifacts, "dangling"), "/nonexistent");

        storage.Remove();

        Assert.False(Entry.Exists(storage.Location));
        Assert.Equal("precious", File.ReadAllText(Path.Combine(victim, "keep", "data.txt")));
        Assert.Equal("cfg", File.ReadAllText(Path.Combine(victim, "settings.ini")));
        Assert.Equal(2, Directory.GetFiles(victim, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void Case021LinkedSessionRemoveRejected()
    {
        using var temp = new TempFolder();
        var victim = temp.Combine("victim");
        Directory.CreateDirectory(Path.Combine(victim, "keep"));
        File.WriteAllText(Path.Combine(victim, "keep", "data.txt"), "precious");
        File.WriteAllText(Path.Combine(victim, "settings.ini"), "cfg");
        SessionStorage.Create(temp.Repository);
        var link = Path.Combine(temp.Repository, "s2");
        Directory.CreateSymbolicLink(link, victim);

        var error = Record.Exception(() => new SessionStorage(link).Remove());

        var ioError = Assert.IsType<IOException>(error);
        Assert.Contains(link, ioError.Message, StringComparison.Ordinal);
        Assert.Contains("symbolic link", ioError.Message, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(victim, "*", SearchOption.AllDirectories).Length);
        Assert.False(File.Exists(Path.Combine(victim, "session.lock")));
        Assert.True(Entry.Exists(link));
    }

    [Fact]
    public void Case021ListSkipsLinkedSession()
    {
        using var temp = new TempFolder();
        var victim = Directory.CreateDirectory(temp.Combine("victim")).FullName;
        var real = SessionStorage.Create(temp.Repository);
        Directory.CreateSymbolicLink(Path.Combine(temp.Repository, "s2"), victim);
        Directory.CreateSymbolicLink(Path.Combine(temp.Repository, "s3.session"), victim);

        var listed = new SessionStorageRepository(temp.Repository).GetStorageList();

        Assert.Equal([real.Location], listed.Select(storage => storage.Location).ToArray());
    }

    [Fact]
    public void RemoveDeletesNestedFolders()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        storage.SaveCheckpoint([1]);
        var logs = storage.EnsureDirectory("io-logs/job-1");
        File.WriteAllText(Path.Combine(logs, "out.txt"), "output");

        storage.Remove();

        Assert.False(Directory.Exists(storage.Location));
        Assert.True(Directory.Exists(temp.Repository));
    }

    [Fact]
    public void RemoveMissingFolderDoesNothing()
    {
        using var temp = new TempFolder();
        var storage = new SessionStorage(temp.Combine("gone.session"));

        storage.Remove();

        Assert.False(Directory.Exists(storage.Location));
    }

    [Fact]
    public void RemoveWhileHoldingOwnLock()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        using var held = storage.AcquireLock();

        storage.Remove();

        Assert.False(Directory.Exists(storage.Location));
    }
}
