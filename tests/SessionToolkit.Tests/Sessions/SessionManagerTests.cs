using System;
using System.IO;
using System.Linq;
using SessionToolkit.Tests.Storage;
using Xunit;

namespace SessionToolkit.Tests.Sessions;

public sealed class SessionManagerTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private SessionStorageRepository Repository => new(_temp.Repository);

    private SessionManager<JobState> Create(JobState? state = null) =>
        SessionManager<JobState>.CreateWithState(state ?? new JobState { Title = "smoke" }, Repository);

    [Fact]
    public void CreatePopulatesDirectories()
    {
        using var manager = Create();

        var dirs = new JobDirs(manager.Storage);
        Assert.True(Directory.Exists(dirs.IoLogs));
        Assert.True(Directory.Exists(dirs.Share));
        Assert.Equal(
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
            Entry.Mode(dirs.IoLogs)
        );
    }

    [Fact]
    public void CreateWritesNoCheckpoint()
    {
        using var manager = Create();

        Assert.False(manager.Storage.HasCheckpoint);
        Assert.Equal(_temp.Repository, Path.GetDirectoryName(manager.Storage.Location));
    }

    [Fact]
    public void CreateHoldsLock()
    {
        using var manager = Create();

        var error = Assert.Throws<SessionInUseException>(() =>
            new SessionStorage(manager.Storage.Location).AcquireLock()
        );

        Assert.Equal(Environment.ProcessId, error.HolderProcessId);
    }

    [Fact]
    public void CheckpointThenLoadRoundTrips()
    {
        string location;
        using (var manager = Create())
        {
            manager.State.Done.Add("job-1");
            manager.State.RunningJob = "job-2";
            manager.Checkpoint();
            location = manager.Storage.Location;
        }

        using var loaded = SessionManager<JobState>.LoadSession(new SessionStorage(location));

        Assert.Equal("smoke", loaded.State.Title);
        Assert.Equal("job-2", loaded.State.RunningJob);
        Assert.Equal(["job-1"], loaded.State.Done);
    }

    [Fact]
    public void CheckpointsOfGrowingAndShrinkingStateRoundTrip()
    {
        // The manager sizes its buffers from the last checkpoint, so each save here outgrows or undershoots the
        // sizes of the one before, and the larger ones are deflated in parallel chunks.
        using var manager = Create();
        foreach (var count in new[] { 1, 40_000, 3, 120_000, 0 })
        {
            manager.State.Done = Enumerable.Range(0, count).Select(i => "com.canonical::job-" + i).ToList();
            manager.Checkpoint();

            var loaded = SessionSerializer.Resume<JobState>(manager.Storage.LoadCheckpoint());
            Assert.Equal(manager.State.Done, loaded.Done);
        }
    }

    [Fact]
    public void LoadWhileOpenIsInUse()
    {
        using var manager = Create();
        manager.Checkpoint();

        var error = Assert.Throws<SessionInUseException>(() =>
            SessionManager<JobState>.LoadSession(new SessionStorage(manager.Storage.Location))
        );

        Assert.Contains(Environment.ProcessId.ToString(), error.Message);
    }

    [Fact]
    public void DisposeReleasesLock()
    {
        var manager = Create();
        manager.Dispose();

        using var again = new SessionStorage(manager.Storage.Location).AcquireLock();

        Assert.NotNull(again);
    }

    [Fact]
    public void CheckpointAfterDisposeThrows()
    {
        var manager = Create();
        manager.Dispose();

        Assert.Throws<ObjectDisposedException>(manager.Checkpoint);
    }

    [Fact]
    public void LoadWithoutCheckpointGivesFreshState()
    {
        var location = CreateEmptySession();

        using var loaded = SessionManager<JobState>.LoadSession(new SessionStorage(location));

        Assert.Equal("untitled", loaded.State.Title);
        Assert.Empty(loaded.State.Done);
        Assert.True(Directory.Exists(new JobDirs(loaded.Storage).IoLogs));
    }

    [Fact]
    public void LoadWithoutCheckpointUsesFactory()
    {
        var location = CreateEmptySession();

        using var loaded = SessionManager<JobState>.LoadSession(new SessionStorage(location), createState: () =>
            new JobState { Title = "made" }
        );

        Assert.Equal("made", loaded.State.Title);
    }

    [Fact]
    public void FreshStateWithRequiredMembersNeedsFactory()
    {
        var storage = SessionStorage.Create(_temp.Repository);

        var error = Assert.Throws<InvalidOperationException>(() => SessionManager<RequiredState>.LoadSession(storage));

        Assert.Contains("createState", error.Message);
        using var free = storage.AcquireLock();
    }

    [Fact]
    public void EarlyCallbackSeesResumedState()
    {
        var location = CheckpointedSession(new JobState { Title = "early" });
        JobState? seen = null;
        var calls = 0;

        using var loaded = SessionManager<JobState>.LoadSession(new SessionStorage(location), earlyCallback: state =>
        {
            seen = state;
            calls++;
        });

        Assert.Equal(1, calls);
        Assert.Same(loaded.State, seen);
        Assert.Equal("early", seen!.Title);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(-8)]
    public void DamagedCheckpointIsCorruptedNamingFile(int length)
    {
        var location = CheckpointedSession(new JobState());
        var file = Path.Combine(location, "session");
        var bytes = File.ReadAllBytes(file);
        var damaged = length >= 0 ? bytes[..length] : bytes[..^-length];
        File.WriteAllBytes(file, damaged);

        var error = Assert.Throws<CorruptedSessionException>(() =>
            SessionManager<JobState>.LoadSession(new SessionStorage(location))
        );

        Assert.Contains(file, error.Message);
        using var free = new SessionStorage(location).AcquireLock();
    }

    [Fact]
    public void NonGzipCheckpointIsCorrupted()
    {
        var location = CheckpointedSession(new JobState());
        var file = Path.Combine(location, "session");
        File.WriteAllText(file, "{\"version\":2,\"session\":{}}");

        var error = Assert.Throws<CorruptedSessionException>(() =>
            SessionManager<JobState>.LoadSession(new SessionStorage(location))
        );

        Assert.Equal(file, error.FilePath);
    }

    [Fact]
    public void OtherStateTypeIsIncompatible()
    {
        var location = CheckpointedSession(new JobState());

        var error = Assert.Throws<IncompatibleSessionException>(() =>
            SessionManager<OtherState>.LoadSession(new SessionStorage(location))
        );

        Assert.Equal("SessionToolkit.Tests.Sessions.JobState", error.FoundTypeId);
        Assert.Equal("SessionToolkit.Tests.Sessions.OtherState", error.ExpectedTypeId);
    }

    [Fact]
    public void NewerVersionIsIncompatible()
    {
        var location = CreateEmptySession();
        var json = "{\"version\":3,\"type\":\"SessionToolkit.Tests.Sessions.JobState\",\"session\":{}}";
        new SessionStorage(location).SaveCheckpoint(Generated.RoundTrip.Compress(json));

        var error = Assert.Throws<IncompatibleSessionException>(() =>
            SessionManager<JobState>.LoadSession(new SessionStorage(location))
        );

        Assert.Equal(3, error.FoundVersion);
        Assert.Equal(2, error.SupportedVersion);
    }

    [Fact]
    public void LeftoverNextIsNotBrokenByCheckpoint()
    {
        using var manager = Create();
        manager.Checkpoint();
        var next = Path.Combine(manager.Storage.Location, "session.next");
        File.WriteAllText(next, "torn");

        Assert.Throws<LockedStorageException>(manager.Checkpoint);

        Assert.Equal("torn", File.ReadAllText(next));
    }

    [Fact]
    public void BreakLockThenCheckpointWorks()
    {
        using var manager = Create();
        File.WriteAllText(Path.Combine(manager.Storage.Location, "session.next"), "torn");

        manager.BreakLock();
        manager.Checkpoint();

        Assert.False(File.Exists(Path.Combine(manager.Storage.Location, "session.next")));
        Assert.True(manager.Storage.HasCheckpoint);
    }

    [Fact]
    public void CycleLeavesCheckpointUntouched()
    {
        using var manager = Create();
        manager.Checkpoint();
        var file = Path.Combine(manager.Storage.Location, "session");
        var before = File.ReadAllBytes(file);
        manager.State.Next = manager.State;

        var error = Assert.Throws<SessionSuspendException>(manager.Checkpoint);

        Assert.Contains("cycle or depth limit", error.Message);
        Assert.Equal(before, File.ReadAllBytes(file));
        Assert.False(File.Exists(Path.Combine(manager.Storage.Location, "session.next")));
        manager.State.Next = null;
        manager.Checkpoint();
    }

    [Fact]
    public void DestroyRemovesSession()
    {
        var manager = Create();
        manager.Checkpoint();

        manager.Destroy();

        Assert.False(Directory.Exists(manager.Storage.Location));
        Assert.Empty(Repository.GetStorageList());
    }

    [Fact]
    public void LinkedDirectoryFailsLoad()
    {
        var location = CheckpointedSession(new JobState());
        var victim = Directory.CreateDirectory(_temp.Combine("victim")).FullName;
        var ioLogs = Path.Combine(location, "io-logs");
        Directory.Delete(ioLogs);
        Directory.CreateSymbolicLink(ioLogs, victim);

        var error = Assert.ThrowsAny<IOException>(() =>
            SessionManager<JobState>.LoadSession(new SessionStorage(location))
        );

        Assert.Contains(ioLogs, error.Message);
        Assert.Empty(Directory.GetFileSystemEntries(victim));
        using var free = new SessionStorage(location).AcquireLock();
    }

    [Fact]
    public void LegacyModeKeepsOneSession()
    {
        string first;
        using (var manager = SessionManager<JobState>.CreateWithState(new JobState(), Repository, legacyMode: true))
        {
            manager.Checkpoint();
            first = manager.Storage.Location;
        }

        using var second = SessionManager<JobState>.CreateWithState(new JobState(), Repository, legacyMode: true);

        Assert.False(Directory.Exists(first));
        Assert.Equal(second.Storage.Location, Repository.GetLastStorage()?.Location);
        Assert.Single(Repository.GetStorageList().Select(s => s.Location), second.Storage.Location);
    }

    private string CreateEmptySession()
    {
        using var manager = Create();
        return manager.Storage.Location;
    }

    private string CheckpointedSession(JobState state)
    {
        using var manager = Create(state);
        manager.Checkpoint();
        return manager.Storage.Location;
    }
}
