using System;
using System.IO;
using SessionToolkit.Tests.Hostile;
using SessionToolkit.Tests.Storage;
using Xunit;

namespace SessionToolkit.Tests.PathSafety;

/// <summary>
/// Links, folders and named pipes planted where the storage layer keeps its own files. Each is rejected, or
/// removed as an entry, with a message that names it. The sentinel folder the links point at stays as it was,
/// byte for byte.
/// </summary>
public sealed class PlantedEntryTests : SentinelTest
{
    private SessionStorageRepository Repository => new(Temp.Repository);

    [Theory]
    [InlineData(PlantedKind.LinkToFile)]
    [InlineData(PlantedKind.LinkToFolder)]
    [InlineData(PlantedKind.DanglingLink)]
    [InlineData(PlantedKind.Folder)]
    [InlineData(PlantedKind.Fifo)]
    public void PlantedNextBlocksUntilBroken(PlantedKind kind)
    {
        var storage = SessionWithCheckpoint("first");
        var next = Path.Combine(storage.Location, SessionStorage.NextCheckpointFileName);
        Planted.Create(next, kind, Outside);

        var entry = Assert.Single(Repository.Scan());
        LockedStorageException locked;
        string? titleAfterFailure;
        using (var manager = SessionManager<InspectionState>.LoadSession(storage))
        {
            manager.State.Title = "second";
            locked = Assert.Throws<LockedStorageException>(manager.Checkpoint);
            titleAfterFailure = TitleOnDisk(storage);
            manager.BreakLock();
            manager.Checkpoint();
        }

        Assert.Equal(SessionStatus.Locked, entry.Status);
        Assert.Contains("session.next", entry.Reason, StringComparison.Ordinal);
        Assert.Contains("BreakLock()", locked.Message, StringComparison.Ordinal);
        Assert.Equal("first", titleAfterFailure);
        Assert.False(Planted.Exists(next));
        Assert.Equal("second", Reload(storage).Title);
        Outside.AssertUntouched();
    }

    [Theory]
    [InlineData(PlantedKind.LinkToFile, "is a symbolic link, which is never followed")]
    [InlineData(PlantedKind.LinkToFolder, "is a symbolic link, which is never followed")]
    [InlineData(PlantedKind.DanglingLink, "is a symbolic link, which is never followed")]
    [InlineData(PlantedKind.Folder, "is not a regular file")]
    [InlineData(PlantedKind.Fifo, "is not a regular file")]
    public void PlantedLockFileRejectedThenRemoved(PlantedKind kind, string reason)
    {
        var storage = SessionWithCheckpoint("locked out");
        var lockFile = Path.Combine(storage.Location, SessionStorage.LockFileName);
        Planted.Create(lockFile, kind, Outside);

        var load = Record.Exception(() => SessionManager<InspectionState>.LoadSession(storage));
        var entry = Assert.Single(Repository.Scan());
        storage.Remove();

        var error = Assert.IsType<IOException>(load);
        Assert.StartsWith($"The lock file '{lockFile}' {reason}.", error.Message, StringComparison.Ordinal);
        Assert.Contains("call Remove() to delete the session", error.Message, StringComparison.Ordinal);
        Assert.Equal(SessionStatus.Corrupted, entry.Status);
        Assert.Equal($"The session could not be read: {error.Message}", entry.Reason);
        Assert.False(Planted.Exists(storage.Location));
        Outside.AssertUntouched();
    }

    [Theory]
    [InlineData(PlantedKind.LinkToFile, "is a symbolic link, which is not followed")]
    [InlineData(PlantedKind.LinkToFolder, "is a symbolic link, which is not followed")]
    [InlineData(PlantedKind.DanglingLink, "is a symbolic link, which is not followed")]
    [InlineData(PlantedKind.Folder, "is not a regular file")]
    [InlineData(PlantedKind.Fifo, "is not a regular file")]
    public void PlantedCheckpointIsCorrupted(PlantedKind kind, string reason)
    {
        var storage = SessionStorage.Create(Temp.Repository);
        Planted.Create(storage.SessionFile, kind, Outside);

        var load = Record.Exception(() => SessionManager<InspectionState>.LoadSession(storage));
        var entry = Assert.Single(Repository.Scan());

        var error = Assert.IsType<CorruptedSessionException>(load);
        Assert.Equal($"The checkpoint file '{storage.SessionFile}' {reason}.", error.Message);
        Assert.Equal(SessionStatus.Corrupted, entry.Status);
        Assert.Equal(error.Message, entry.Reason);
        Outside.AssertUntouched();
    }

    [Fact]
    public void LinkedCheckpointReplacedBySave()
    {
        // A link to a valid checkpoint elsewhere is neither read nor written through: the save replaces the link.
        var storage = SessionStorage.Create(Temp.Repository);
        File.CreateSymbolicLink(storage.SessionFile, Outside.CheckpointPath);

        storage.SaveCheckpoint(SessionSerializer.Suspend(new InspectionState { Title = "own" }));

        Assert.Null(new FileInfo(storage.SessionFile).LinkTarget);
        Assert.Equal("own", Reload(storage).Title);
        Outside.AssertUntouched();
    }

    [Theory]
    [InlineData("io-logs", PlantedKind.LinkToFolder, "is a symbolic link; it is not followed.")]
    [InlineData("io-logs", PlantedKind.LinkToFile, "is a symbolic link; it is not followed.")]
    [InlineData("io-logs", PlantedKind.DanglingLink, "is a symbolic link; it is not followed.")]
    [InlineData("io-logs", PlantedKind.Fifo, "exists but is not a directory.")]
    [InlineData("attachments", PlantedKind.LinkToFolder, "is a symbolic link; it is not followed.")]
    public void PlantedDirectoryRejected(string name, PlantedKind kind, string reason)
    {
        var storage = SessionWithCheckpoint("dirs");
        var planted = Path.Combine(storage.Location, name);
        Planted.Create(planted, kind, Outside);

        var load = Record.Exception(() => SessionManager<InspectionState>.LoadSession(storage));

        var error = Assert.IsType<IOException>(load);
        Assert.Equal($"The session sub-directory '{planted}' {reason}", error.Message);
        using (new SessionStorage(storage.Location).AcquireLock())
        {
            // The failed load released the lock.
        }

        Outside.AssertUntouched();
    }

    [Fact]
    public void PlantedRealDirectoryAccepted()
    {
        // A real folder in place of a well-known directory is the directory; the link inside it is not followed.
        var storage = SessionWithCheckpoint("dirs");
        Planted.Create(Path.Combine(storage.Location, "io-logs"), PlantedKind.Folder, Outside);

        using (SessionManager<InspectionState>.LoadSession(storage)) { }
        storage.Remove();

        Assert.False(Planted.Exists(storage.Location));
        Outside.AssertUntouched();
    }

    private SessionStorage SessionWithCheckpoint(string title)
    {
        using var manager = SessionManager<InspectionState>.CreateWithState(
            new InspectionState { Title = title },
            Repository
        );
        manager.Checkpoint();
        return new SessionStorage(manager.Storage.Location);
    }

    private static string? TitleOnDisk(SessionStorage storage) =>
        SessionSerializer.Peek(File.ReadAllBytes(storage.SessionFile)).Metadata["Title"].GetString();

    private static InspectionState Reload(SessionStorage storage)
    {
        using var manager = SessionManager<InspectionState>.LoadSession(storage);
        return manager.State;
    }
}
