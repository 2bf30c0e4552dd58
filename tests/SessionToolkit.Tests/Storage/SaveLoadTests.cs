using System;
using System.IO;
using System.Security.Cryptography;
using Xunit;

namespace SessionToolkit.Tests.Storage;

public class SaveLoadTests
{
    [Fact]
    public void ConstructorCreatesNothing()
    {
        using var temp = new TempFolder();
        var storage = new SessionStorage(temp.Combine("absent.session"));

        Assert.False(Directory.Exists(storage.Location));
        Assert.Equal("absent.session", storage.Id);
        Assert.Equal(Path.Combine(storage.Location, "session"), storage.SessionFile);
        Assert.False(storage.HasCheckpoint);
    }

    [Fact]
    public void LoadBeforeFirstSaveIsEmpty()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);

        Assert.Empty(storage.LoadCheckpoint());
        Assert.False(storage.HasCheckpoint);
    }

    [Fact]
    public void SaveLoadRoundTrip()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        var data = RandomNumberGenerator.GetBytes(200_000);

        storage.SaveCheckpoint(data);

        Assert.True(storage.HasCheckpoint);
        Assert.Equal(data, storage.LoadCheckpoint());
        Assert.Equal(data, File.ReadAllBytes(storage.SessionFile));
    }

    [Fact]
    public void SecondSaveKeepsFirstAsPrevious()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);

        storage.SaveCheckpoint([1, 2, 3]);
        storage.SaveCheckpoint([4, 5]);

        Assert.Equal([4, 5], storage.LoadCheckpoint());
        Assert.Equal([1, 2, 3], storage.LoadPreviousCheckpoint());
        Assert.False(Entry.Exists(Path.Combine(storage.Location, "session.next")));
    }

    [Fact]
    public void EmptyCheckpointRejected()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);

        Assert.Throws<ArgumentException>(() => storage.SaveCheckpoint([]));
        Assert.False(storage.HasCheckpoint);
    }

    [Fact]
    public void EmptySessionFileIsCorrupt()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        File.WriteAllBytes(storage.SessionFile, []);

        var error = Assert.Throws<CorruptedSessionException>(storage.LoadCheckpoint);

        Assert.Equal(storage.SessionFile, error.FilePath);
        Assert.Contains(storage.SessionFile, error.Message, StringComparison.Ordinal);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DirectorySessionIsCorrupt()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        Directory.CreateDirectory(storage.SessionFile);

        var error = Assert.Throws<CorruptedSessionException>(storage.LoadCheckpoint);

        Assert.Contains("not a regular file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Case022SymlinkedSessionIsCorrupt()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        var secret = temp.Combine("secret.txt");
        File.WriteAllText(secret, "another user's file");
        File.CreateSymbolicLink(storage.SessionFile, secret);

        var error = Assert.Throws<CorruptedSessionException>(storage.LoadCheckpoint);

        Assert.Equal(storage.SessionFile, error.FilePath);
        Assert.Contains("symbolic link", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DanglingSessionLinkIsCorrupt()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        File.CreateSymbolicLink(storage.SessionFile, "/nonexistent");

        Assert.True(storage.HasCheckpoint);
        Assert.Throws<CorruptedSessionException>(storage.LoadCheckpoint);
    }

    [Fact]
    public void LeftoverNextDoesNotBlockLoad()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        storage.SaveCheckpoint([7, 7, 7]);
        File.WriteAllBytes(Path.Combine(storage.Location, "session.next"), [1]);

        Assert.Equal([7, 7, 7], storage.LoadCheckpoint());
    }

    [Fact]
    public void LeftoverNextLocksStorage()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        storage.SaveCheckpoint([7, 7, 7]);
        var next = Path.Combine(storage.Location, "session.next");
        File.WriteAllBytes(next, [1]);

        var error = Assert.Throws<LockedStorageException>(() => storage.SaveCheckpoint([9]));

        Assert.Equal(storage.Location, error.Location);
        Assert.Contains("BreakLock()", error.Message, StringComparison.Ordinal);
        Assert.Equal([7, 7, 7], storage.LoadCheckpoint());
        Assert.Equal([1], File.ReadAllBytes(next));
    }

    [Fact]
    public void Case022PlantedNextLinkLocksStorage()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        var target = temp.Combine("bashrc");
        File.WriteAllText(target, "alias ls='ls --color'\n");
        var hashBefore = SHA256.HashData(File.ReadAllBytes(target));
        File.CreateSymbolicLink(Path.Combine(storage.Location, "session.next"), target);

        Assert.Throws<LockedStorageException>(() => storage.SaveCheckpoint([1, 2, 3]));

        Assert.Equal(hashBefore, SHA256.HashData(File.ReadAllBytes(target)));
        Assert.False(storage.HasCheckpoint);
    }

    [Fact]
    public void DanglingNextLinkLocksStorage()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        var missing = temp.Combine("not-there");
        File.CreateSymbolicLink(Path.Combine(storage.Location, "session.next"), missing);

        Assert.Throws<LockedStorageException>(() => storage.SaveCheckpoint([1]));

        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void LinkedSessionFolderRejected()
    {
        using var temp = new TempFolder();
        var real = SessionStorage.Create(temp.Repository);
        var link = temp.Combine("repo", "linked.session");
        Directory.CreateSymbolicLink(link, real.Location);
        var storage = new SessionStorage(link);

        var error = Assert.Throws<IOException>(() => storage.SaveCheckpoint([1]));

        Assert.Contains(link, error.Message, StringComparison.Ordinal);
        Assert.False(real.HasCheckpoint);
    }
}
