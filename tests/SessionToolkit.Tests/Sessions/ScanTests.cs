using System;
using System.IO;
using System.Linq;
using SessionToolkit.Tests.Generated;
using SessionToolkit.Tests.Storage;
using Xunit;

namespace SessionToolkit.Tests.Sessions;

public sealed class ScanTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private SessionStorageRepository Repository => new(_temp.Repository);

    [Fact]
    public void MissingRepositoryIsEmpty()
    {
        Assert.Empty(Repository.Scan());
    }

    [Fact]
    public void ResumableCarriesMetadata()
    {
        Checkpointed(new JobState { Title = "nightly", RunningJob = "job-3" });

        var entry = Assert.Single(Repository.Scan());

        Assert.Equal(SessionStatus.Resumable, entry.Status);
        Assert.Null(entry.Reason);
        Assert.Equal(2, entry.Version);
        Assert.Equal("SessionToolkit.Tests.Sessions.JobState", entry.TypeId);
        Assert.Equal("nightly", entry.Metadata["Title"].GetString());
        Assert.Equal("job-3", entry.Metadata["RunningJob"].GetString());
    }

    [Fact]
    public void NoCheckpointIsEmpty()
    {
        SessionStorage.Create(_temp.Repository);

        var entry = Assert.Single(Repository.Scan());

        Assert.Equal(SessionStatus.Empty, entry.Status);
        Assert.Empty(entry.Metadata);
    }

    [Fact]
    public void LeftoverNextIsLocked()
    {
        var storage = Checkpointed(new JobState());
        File.WriteAllText(Path.Combine(storage.Location, "session.next"), "torn");

        var entry = Assert.Single(Repository.Scan());

        Assert.Equal(SessionStatus.Locked, entry.Status);
        Assert.Contains("session.next", entry.Reason);
    }

    [Fact]
    public void OpenSessionIsInUse()
    {
        using var manager = SessionManager<JobState>.CreateWithState(new JobState(), Repository);
        manager.Checkpoint();

        var entry = Assert.Single(Repository.Scan());

        Assert.Equal(SessionStatus.InUse, entry.Status);
        Assert.Contains(Environment.ProcessId.ToString(), entry.Reason);
        manager.Checkpoint();
    }

    [Fact]
    public void ScanCreatesNoLockFile()
    {
        var storage = SessionStorage.Create(_temp.Repository);
        storage.SaveCheckpoint(SessionSerializer.Suspend(new JobState()));

        Repository.Scan();

        Assert.False(File.Exists(Path.Combine(storage.Location, "session.lock")));
    }

    [Fact]
    public void EveryTruncationIsCorrupted()
    {
        var storage = Checkpointed(new JobState { Title = "cut" });
        var bytes = File.ReadAllBytes(storage.SessionFile);

        for (var length = 1; length < bytes.Length; length++)
        {
            File.WriteAllBytes(storage.SessionFile, bytes[..length]);

            var entry = Assert.Single(Repository.Scan());

            Assert.Equal(SessionStatus.Corrupted, entry.Status);
            Assert.NotNull(entry.Reason);
        }
    }

    [Fact]
    public void EmptyFileIsCorrupted()
    {
        var storage = Checkpointed(new JobState());
        File.WriteAllBytes(storage.SessionFile, []);

        var entry = Assert.Single(Repository.Scan());

        Assert.Equal(SessionStatus.Corrupted, entry.Status);
        Assert.Contains(storage.SessionFile, entry.Reason);
    }

    [Fact]
    public void NonGzipIsCorrupted()
    {
        var storage = Checkpointed(new JobState());
        File.WriteAllText(storage.SessionFile, "not a checkpoint");

        var entry = Assert.Single(Repository.Scan());

        Assert.Equal(SessionStatus.Corrupted, entry.Status);
    }

    [Fact]
    public void TypedScanFlagsOtherType()
    {
        Checkpointed(new JobState());

        var entry = Assert.Single(Repository.Scan<OtherState>());

        Assert.Equal(SessionStatus.Incompatible, entry.Status);
        Assert.Contains("SessionToolkit.Tests.Sessions.JobState", entry.Reason);
        Assert.Contains("SessionToolkit.Tests.Sessions.OtherState", entry.Reason);
    }

    [Fact]
    public void TypedScanFlagsNewerVersionWithoutWriting()
    {
        var storage = SessionStorage.Create(_temp.Repository);
        var json = "{\"version\":3,\"type\":\"SessionToolkit.Tests.Sessions.JobState\",\"metadata\":{},\"session\":{}}";
        storage.SaveCheckpoint(RoundTrip.Compress(json));
        var before = File.ReadAllBytes(storage.SessionFile);

        var entry = Assert.Single(Repository.Scan<JobState>());

        Assert.Equal(SessionStatus.Incompatible, entry.Status);
        Assert.Contains("found version 3, supported up to 2", entry.Reason);
        Assert.Equal(before, File.ReadAllBytes(storage.SessionFile));
    }

    [Fact]
    public void UntypedScanAcceptsAnyType()
    {
        Checkpointed(new JobState());

        var entry = Assert.Single(Repository.Scan());

        Assert.Equal(SessionStatus.Resumable, entry.Status);
    }

    [Fact]
    public void DamagedSessionDoesNotHideOthers()
    {
        var good = Checkpointed(new JobState { Title = "good" });
        var bad = Checkpointed(new JobState { Title = "bad" });
        File.WriteAllBytes(bad.SessionFile, [0x1f, 0x8b, 0x08]);
        var locked = Checkpointed(new JobState());
        File.WriteAllText(Path.Combine(locked.Location, "session.next"), "");

        var entries = Repository.Scan();

        Assert.Equal(3, entries.Count);
        Assert.Equal(SessionStatus.Resumable, entries.Single(e => e.Storage.Location == good.Location).Status);
        Assert.Equal(SessionStatus.Corrupted, entries.Single(e => e.Storage.Location == bad.Location).Status);
        Assert.Equal(SessionStatus.Locked, entries.Single(e => e.Storage.Location == locked.Location).Status);
    }

    [Fact]
    public void YoungestFirst()
    {
        var older = Checkpointed(new JobState());
        var younger = Checkpointed(new JobState());

        var entries = Repository.Scan();

        Assert.Equal([younger.Location, older.Location], entries.Select(e => e.Storage.Location));
    }

    [Fact]
    public void LinkedSessionIsNotListed()
    {
        var victim = Directory.CreateDirectory(_temp.Combine("victim.session")).FullName;
        Directory.CreateDirectory(_temp.Repository);
        Directory.CreateSymbolicLink(Path.Combine(_temp.Repository, "20260101T000000000Z-AAAAAAAA.session"), victim);

        Assert.Empty(Repository.Scan());
    }

    private SessionStorage Checkpointed(JobState state)
    {
        using var manager = SessionManager<JobState>.CreateWithState(state, Repository);
        manager.Checkpoint();

        // Session names sort by creation time in milliseconds; a pause keeps two sessions of one test apart.
        System.Threading.Thread.Sleep(2);
        return manager.Storage;
    }
}
