using System.IO;
using System.Linq;
using Microsoft.Extensions.Logging;
using Xunit;

namespace SessionToolkit.Tests.Storage;

public class RepositoryTests
{
    [Fact]
    public void MissingRepositoryIsEmpty()
    {
        using var temp = new TempFolder();
        var repository = new SessionStorageRepository(temp.Combine("absent"));

        Assert.Empty(repository.GetStorageList());
        Assert.Null(repository.GetLastStorage());
    }

    [Fact]
    public void EmptyRepositoryIsEmpty()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Repository);

        Assert.Empty(new SessionStorageRepository(temp.Repository).GetStorageList());
    }

    [Fact]
    public void ListIsYoungestFirst()
    {
        using var temp = new TempFolder();
        var repo = Directory.CreateDirectory(temp.Repository).FullName;
        string[] names =
        [
            "20250101T000000000Z-aaaaaaaaaaaaaaaa.session",
            "20261204T120000000Z-bbbbbbbbbbbbbbbb.session",
            "20260601T000000000Z-cccccccccccccccc.session",
        ];
        foreach (var name in names)
        {
            Directory.CreateDirectory(Path.Combine(repo, name));
        }

        Directory.CreateDirectory(Path.Combine(repo, ".hidden.session"));
        Directory.CreateDirectory(Path.Combine(repo, "not-a-session"));
        File.WriteAllText(Path.Combine(repo, "stray.session"), "a file");
        File.WriteAllText(Path.Combine(repo, "notes.txt"), "a file");
        Directory.CreateSymbolicLink(Path.Combine(repo, "linked.session"), Path.Combine(repo, names[0]));

        var listed = new SessionStorageRepository(repo).GetStorageList().Select(storage => storage.Id).ToArray();

        Assert.Equal([names[1], names[2], names[0]], listed);
    }

    [Fact]
    public void EnumerationMatchesList()
    {
        using var temp = new TempFolder();
        SessionStorage.Create(temp.Repository);
        SessionStorage.Create(temp.Repository);
        var repository = new SessionStorageRepository(temp.Repository);

        Assert.Equal(
            repository.GetStorageList().Select(storage => storage.Location),
            repository.Select(storage => storage.Location)
        );
    }

    [Fact]
    public void CreateKeepsEarlierSessions()
    {
        using var temp = new TempFolder();
        var first = SessionStorage.Create(temp.Repository);
        var second = SessionStorage.Create(temp.Repository);

        var listed = new SessionStorageRepository(temp.Repository).GetStorageList();

        Assert.Equal(2, listed.Count);
        Assert.True(Directory.Exists(first.Location));
        Assert.True(Directory.Exists(second.Location));
        Assert.Null(new SessionStorageRepository(temp.Repository).GetLastStorage());
    }

    [Fact]
    public void LegacyCreateReplacesSession()
    {
        using var temp = new TempFolder();
        var first = SessionStorage.Create(temp.Repository, legacyMode: true);
        first.SaveCheckpoint([1]);

        var second = SessionStorage.Create(temp.Repository, legacyMode: true);

        var repository = new SessionStorageRepository(temp.Repository);
        Assert.False(Directory.Exists(first.Location));
        Assert.Equal(second.Location, repository.GetLastStorage()?.Location);
        Assert.Equal([second.Location], repository.GetStorageList().Select(storage => storage.Location).ToArray());
        Assert.Equal(second.Id, new FileInfo(Path.Combine(temp.Repository, "last-session")).LinkTarget);
    }

    [Fact]
    public void LegacyCreateKeepsLockedSession()
    {
        using var temp = new TempFolder();
        var first = SessionStorage.Create(temp.Repository, legacyMode: true);
        using var held = new SessionStorage(first.Location).AcquireLock();
        var logger = new ListLogger();

        var second = SessionStorage.Create(temp.Repository, legacyMode: true, logger: logger);

        Assert.True(Directory.Exists(first.Location));
        Assert.Equal(second.Location, new SessionStorageRepository(temp.Repository).GetLastStorage()?.Location);
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains(first.Location, entry.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void LegacyRemoveLeavesBrokenLink()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository, legacyMode: true);

        storage.Remove();

        Assert.Null(new SessionStorageRepository(temp.Repository).GetLastStorage());
        Assert.Empty(new SessionStorageRepository(temp.Repository).GetStorageList());
    }

    [Fact]
    public void LastStorageNotALink()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Repository, "last-session"));

        Assert.Null(new SessionStorageRepository(temp.Repository).GetLastStorage());
    }

    [Fact]
    public void LastStorageOutsideRepository()
    {
        using var temp = new TempFolder();
        var outside = Directory.CreateDirectory(temp.Combine("elsewhere.session")).FullName;
        Directory.CreateDirectory(temp.Repository);
        Directory.CreateSymbolicLink(Path.Combine(temp.Repository, "last-session"), outside);

        Assert.Null(new SessionStorageRepository(temp.Repository).GetLastStorage());
    }

    [Fact]
    public void LegacyCreateKeepsLinkOutsideTarget()
    {
        using var temp = new TempFolder();
        var outside = Directory.CreateDirectory(temp.Combine("elsewhere.session")).FullName;
        Directory.CreateDirectory(temp.Repository);
        Directory.CreateSymbolicLink(Path.Combine(temp.Repository, "last-session"), outside);

        var storage = SessionStorage.Create(temp.Repository, legacyMode: true);

        Assert.True(Directory.Exists(outside));
        Assert.Equal(storage.Location, new SessionStorageRepository(temp.Repository).GetLastStorage()?.Location);
    }
}
