using System;
using System.IO;
using System.Linq;
using Microsoft.Extensions.Logging;
using Xunit;

namespace SessionToolkit.Tests.Storage;

public sealed class QuarantineTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string QuarantineFolder => Path.Combine(_temp.Repository, ".quarantine");

    [Fact]
    public void QuarantineMovesFolderWithReason()
    {
        var logger = new ListLogger();
        var storage = new SessionStorage(Damaged().Location, logger);

        var destination = storage.Quarantine("both checkpoints are truncated");

        Assert.Equal(Path.Combine(QuarantineFolder, storage.Id), destination);
        Assert.False(Directory.Exists(storage.Location));
        Assert.Equal([1, 2], File.ReadAllBytes(Path.Combine(destination, "session")));
        Assert.Equal([1], File.ReadAllBytes(Path.Combine(destination, "session.prev")));
        var lines = File.ReadAllLines(Path.Combine(destination, "quarantine-reason.txt"));
        Assert.Equal(2, lines.Length);
        Assert.Matches(
            $@"^Quarantined at \d{{4}}-\d\d-\d\dT\d\d:\d\d:\d\dZ by process {Environment.ProcessId}\.$",
            lines[0]
        );
        Assert.Equal("both checkpoints are truncated", lines[1]);
        var warning = Assert.Single(logger.Entries, entry => entry.Level == LogLevel.Warning);
        Assert.Contains(destination, warning.Message, StringComparison.Ordinal);
        Assert.Contains("both checkpoints are truncated", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuarantinedSessionLeavesListing()
    {
        var storage = Damaged();
        var repository = new SessionStorageRepository(_temp.Repository);

        storage.Quarantine("damaged");

        Assert.Empty(repository.GetStorageList());
        Assert.Empty(repository.Scan());
    }

    [Fact]
    public void QuarantineCreatesPrivateFiles()
    {
        var destination = Damaged().Quarantine("damaged");

        var userOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(userOnly | UnixFileMode.UserExecute, Entry.Mode(QuarantineFolder));
        Assert.Equal(userOnly, Entry.Mode(Path.Combine(destination, "quarantine-reason.txt")));
    }

    [Fact]
    public void QuarantineInUseIsRejected()
    {
        var storage = Damaged();
        using var holder = new SessionStorage(storage.Location).AcquireLock();

        Assert.Throws<SessionInUseException>(() => storage.Quarantine("damaged"));

        Assert.True(Directory.Exists(storage.Location));
    }

    [Fact]
    public void QuarantineByLockHolder()
    {
        var storage = Damaged();
        using var held = storage.AcquireLock();

        var destination = storage.Quarantine("damaged");

        Assert.True(Directory.Exists(destination));
        Assert.False(Directory.Exists(storage.Location));
    }

    [Fact]
    public void ExistingDestinationIsRejected()
    {
        var storage = Damaged();
        var taken = Path.Combine(QuarantineFolder, storage.Id);
        Directory.CreateDirectory(taken);

        var error = Assert.Throws<IOException>(() => storage.Quarantine("damaged"));

        Assert.Equal(
            $"The quarantine folder already contains '{taken}'; move or remove it, then quarantine '{storage.Location}' again.",
            error.Message
        );
        Assert.True(File.Exists(storage.SessionFile));
        Assert.Empty(Directory.GetFileSystemEntries(taken));
    }

    [Fact]
    public void LinkedQuarantineFolderIsRejected()
    {
        var storage = Damaged();
        var outside = Directory.CreateDirectory(_temp.Combine("outside")).FullName;
        Directory.CreateSymbolicLink(QuarantineFolder, outside);

        var error = Assert.Throws<IOException>(() => storage.Quarantine("damaged"));

        Assert.Contains("is a symbolic link", error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(storage.SessionFile));
        Assert.Empty(Directory.GetFileSystemEntries(outside));
    }

    [Fact]
    public void LinkedSessionFolderIsRejected()
    {
        var storage = Damaged();
        var link = Path.Combine(_temp.Repository, "linked.session");
        Directory.CreateSymbolicLink(link, storage.Location);

        Assert.Throws<IOException>(() => new SessionStorage(link).Quarantine("damaged"));

        Assert.True(File.Exists(storage.SessionFile));
        Assert.False(Directory.Exists(QuarantineFolder));
    }

    [Fact]
    public void MissingSessionFolderIsRejected()
    {
        var storage = new SessionStorage(Path.Combine(_temp.Repository, "gone.session"));

        var error = Assert.Throws<DirectoryNotFoundException>(() => storage.Quarantine("damaged"));

        Assert.Equal(
            $"The session folder '{storage.Location}' does not exist, so it cannot be quarantined.",
            error.Message
        );
    }

    [Fact]
    public void EarlierReasonIsKept()
    {
        // A session quarantined before, moved back by hand and found unreadable again.
        var storage = Damaged();
        var reason = Path.Combine(storage.Location, "quarantine-reason.txt");
        File.WriteAllText(reason, "Quarantined at 2026-01-02T03:04:05Z by process 7.\nfirst reason\n");

        var destination = storage.Quarantine("second reason");

        var lines = File.ReadAllLines(Path.Combine(destination, "quarantine-reason.txt"));
        Assert.Equal(4, lines.Length);
        Assert.Equal("Quarantined at 2026-01-02T03:04:05Z by process 7.", lines[0]);
        Assert.Equal("first reason", lines[1]);
        Assert.StartsWith("Quarantined at ", lines[2], StringComparison.Ordinal);
        Assert.Equal("second reason", lines[3]);
    }

    [Theory]
    [InlineData("link")]
    [InlineData("folder")]
    [InlineData("dangling link")]
    public void PlantedReasonEntryIsRejectedBeforeMove(string kind)
    {
        var storage = Damaged();
        var target = _temp.Combine("target.txt");
        File.WriteAllText(target, "outside");
        var reason = Path.Combine(storage.Location, "quarantine-reason.txt");
        switch (kind)
        {
            case "link":
                File.CreateSymbolicLink(reason, target);
                break;
            case "folder":
                Directory.CreateDirectory(reason);
                break;
            default:
                File.CreateSymbolicLink(reason, _temp.Combine("missing.txt"));
                break;
        }

        var error = Assert.Throws<IOException>(() => storage.Quarantine("damaged"));

        Assert.Equal(
            $"The session folder '{storage.Location}' contains '{reason}', which is not a regular file; remove it, "
                + "then quarantine the session again.",
            error.Message
        );
        Assert.True(File.Exists(storage.SessionFile));
        Assert.False(Directory.Exists(Path.Combine(QuarantineFolder, storage.Id)));
        Assert.Equal("outside", File.ReadAllText(target));
        Assert.False(File.Exists(_temp.Combine("missing.txt")));
    }

    [Fact]
    public void BlankReasonIsRejected()
    {
        var storage = Damaged();

        Assert.Throws<ArgumentException>(() => storage.Quarantine("  "));

        Assert.True(Directory.Exists(storage.Location));
    }

    [Fact]
    public void QuarantinedLegacySessionIsNotLast()
    {
        var storage = SessionStorage.Create(_temp.Repository, legacyMode: true);
        storage.SaveCheckpoint([1]);
        var repository = new SessionStorageRepository(_temp.Repository);

        storage.Quarantine("damaged");

        Assert.Null(repository.GetLastStorage());
        var next = SessionStorage.Create(_temp.Repository, legacyMode: true);
        Assert.Equal(next.Location, repository.GetLastStorage()?.Location);
        Assert.True(Directory.Exists(Path.Combine(QuarantineFolder, storage.Id)));
        Assert.Single(Directory.GetDirectories(QuarantineFolder));
        Assert.Equal([next.Location], repository.GetStorageList().Select(s => s.Location));
    }

    // Neither byte string is a gzip checkpoint, so session and session.prev are both unreadable.
    private SessionStorage Damaged()
    {
        var storage = SessionStorage.Create(_temp.Repository);
        storage.SaveCheckpoint([1]);
        storage.SaveCheckpoint([1, 2]);
        return storage;
    }
}
