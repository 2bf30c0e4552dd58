using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using SessionToolkit.Tests.Sessions;
using Xunit;

namespace SessionToolkit.Tests.Storage;

/// <summary>
/// A save that runs out of disk space fails with ENOSPC (HResult 28), keeps the earlier checkpoint byte for byte
/// and leaves no session.next. The tmpfs cases fill a real file system, and they are skipped with the reason where
/// mounting one is not allowed. The fault-injection cases make each step of the save report ENOSPC.
/// </summary>
public sealed class DiskFullTests : IDisposable
{
    private const int ENOSPC = 28;
    private const string NoSpace = "No space left on device";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void FullTmpfsFailsSave()
    {
        using var disk = TmpfsMount.MountOrSkip(_temp.Combine("disk"), "size=256k");
        var storage = SessionStorage.Create(Path.Combine(disk.Path, "repo"));
        var older = RandomNumberGenerator.GetBytes(40_000);
        var earlier = RandomNumberGenerator.GetBytes(60_000);
        storage.SaveCheckpoint(older);
        storage.SaveCheckpoint(earlier);

        // 256 KiB less the two kept checkpoints leaves about 156 KiB, too little for 200,000 bytes.
        var error = Assert.Throws<IOException>(() => storage.SaveCheckpoint(RandomNumberGenerator.GetBytes(200_000)));

        Assert.Equal(ENOSPC, error.HResult);
        Assert.Contains(NoSpace, error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(storage.Location, "session.next"), error.Message, StringComparison.Ordinal);
        Assert.Equal(earlier, File.ReadAllBytes(storage.SessionFile));
        Assert.Equal(older, File.ReadAllBytes(storage.PreviousSessionFile));
        Assert.False(Entry.Exists(Path.Combine(storage.Location, "session.next")));
    }

    [Fact]
    public void SaveWorksAfterFullTmpfs()
    {
        using var disk = TmpfsMount.MountOrSkip(_temp.Combine("disk"), "size=256k");
        var storage = SessionStorage.Create(Path.Combine(disk.Path, "repo"));
        var earlier = RandomNumberGenerator.GetBytes(60_000);
        storage.SaveCheckpoint(earlier);
        Assert.Throws<IOException>(() => storage.SaveCheckpoint(RandomNumberGenerator.GetBytes(300_000)));
        var smaller = RandomNumberGenerator.GetBytes(1_000);

        storage.SaveCheckpoint(smaller);

        // The failed save released its space, so a checkpoint that fits is saved as usual.
        Assert.Equal(smaller, storage.LoadCheckpoint());
        Assert.Equal(earlier, storage.LoadPreviousCheckpoint());
    }

    [Fact]
    public void TmpfsWithoutInodesFailsSave()
    {
        // Five inodes: the mount's root, the repository, the session folder, session and session.next. On Linux a
        // hard link on tmpfs takes one more, so keeping session.prev is what runs out here.
        using var disk = TmpfsMount.MountOrSkip(_temp.Combine("disk"), "size=256k,nr_inodes=5");
        var storage = SessionStorage.Create(Path.Combine(disk.Path, "repo"));
        var first = RandomNumberGenerator.GetBytes(5_000);
        storage.SaveCheckpoint(first);
        var recorder = new SaveFaultInjector();
        storage.FaultInjector = recorder;

        var error = Assert.Throws<IOException>(() => storage.SaveCheckpoint(RandomNumberGenerator.GetBytes(5_000)));

        Assert.Equal(ENOSPC, error.HResult);
        Assert.Contains(NoSpace, error.Message, StringComparison.Ordinal);
        Assert.Equal(SaveStep.KeepPrevious, recorder.Steps[^1]);
        Assert.Equal(first, File.ReadAllBytes(storage.SessionFile));
        Assert.False(Entry.Exists(Path.Combine(storage.Location, "session.next")));
    }

    [Fact]
    public void FullTmpfsFailsCheckpoint()
    {
        using var disk = TmpfsMount.MountOrSkip(_temp.Combine("disk"), "size=256k");
        var repository = new SessionStorageRepository(Path.Combine(disk.Path, "repo"));
        string location;
        byte[] saved;
        using (var manager = SessionManager<JobState>.CreateWithState(new JobState { Title = "small" }, repository))
        {
            manager.Checkpoint();
            saved = File.ReadAllBytes(manager.Storage.SessionFile);
            location = manager.Storage.Location;

            // Random text barely compresses, so 400 KiB of it cannot fit in 256 KiB.
            manager.State.Done.AddRange(Enumerable.Range(0, 100).Select(_ => RandomText(4096)));
            var error = Assert.Throws<IOException>(manager.Checkpoint);

            Assert.Equal(ENOSPC, error.HResult);
            Assert.Equal(saved, File.ReadAllBytes(manager.Storage.SessionFile));
            Assert.False(Entry.Exists(Path.Combine(location, "session.next")));

            manager.State.Done.Clear();
            manager.State.Title = "after";
            manager.Checkpoint();
        }

        using var resumed = SessionManager<JobState>.LoadSession(new SessionStorage(location));
        Assert.Equal("after", resumed.State.Title);
        Assert.False(resumed.RecoveredFromPrevious);
        Assert.Equal(saved, resumed.Storage.LoadPreviousCheckpoint());
    }

    [Theory]
    [InlineData(nameof(SaveStep.Create))]
    [InlineData(nameof(SaveStep.Write))]
    [InlineData(nameof(SaveStep.FileSync))]
    [InlineData(nameof(SaveStep.Close))]
    [InlineData(nameof(SaveStep.KeepPrevious))]
    [InlineData(nameof(SaveStep.Rename))]
    [InlineData(nameof(SaveStep.DirectorySync))]
    public void InjectedDiskFullKeepsCheckpoint(string stepName)
    {
        var storage = SessionStorage.Create(_temp.Repository);
        var earlier = RandomNumberGenerator.GetBytes(5_000);
        storage.SaveCheckpoint(RandomNumberGenerator.GetBytes(3_000));
        storage.SaveCheckpoint(earlier);
        var step = Enum.Parse<SaveStep>(stepName);
        storage.FaultInjector = new SaveFaultInjector { FailingStep = step, Errno = ENOSPC };

        var error = Assert.Throws<IOException>(() => storage.SaveCheckpoint(RandomNumberGenerator.GetBytes(200_000)));

        Assert.Equal(ENOSPC, error.HResult);
        Assert.Contains(NoSpace, error.Message, StringComparison.Ordinal);
        Assert.Equal(step, storage.FaultInjector.Steps[^1]);
        Assert.Equal(earlier, File.ReadAllBytes(storage.SessionFile));
        Assert.False(Entry.Exists(Path.Combine(storage.Location, "session.next")));
    }

    [Fact]
    public void InjectedDiskFullFailsCheckpoint()
    {
        using var manager = SessionManager<JobState>.CreateWithState(
            new JobState { Title = "saved" },
            new SessionStorageRepository(_temp.Repository)
        );
        manager.Checkpoint();
        var saved = File.ReadAllBytes(manager.Storage.SessionFile);
        manager.State.Title = "not saved";
        manager.Storage.FaultInjector = new SaveFaultInjector { FailingStep = SaveStep.Write, Errno = ENOSPC };

        var error = Assert.Throws<IOException>(manager.Checkpoint);

        Assert.Equal(ENOSPC, error.HResult);
        Assert.Equal(saved, File.ReadAllBytes(manager.Storage.SessionFile));
        Assert.False(Entry.Exists(Path.Combine(manager.Storage.Location, "session.next")));
    }

    private static string RandomText(int length) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(length));
}
