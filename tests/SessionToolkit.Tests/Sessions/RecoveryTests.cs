using System;
using System.IO;
using System.Linq;
using Microsoft.Extensions.Logging;
using SessionToolkit.Tests.Storage;
using Xunit;

namespace SessionToolkit.Tests.Sessions;

/// <summary>LoadSession and Scan falling back to <c>session.prev</c> when <c>session</c> is unreadable.</summary>
public sealed class RecoveryTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private SessionStorageRepository Repository => new(_temp.Repository);

    [Fact]
    public void DamagedSessionResumesPrevious()
    {
        var storage = TwoCheckpoints();
        Truncate(storage.SessionFile);
        var logger = new ListLogger();

        using var manager = SessionManager<JobState>.LoadSession(storage, logger: logger);

        Assert.Equal("one", manager.State.Title);
        Assert.True(manager.RecoveredFromPrevious);
        Assert.StartsWith(
            $"The checkpoint '{storage.SessionFile}' is corrupted: the gzip stream is truncated or damaged",
            manager.RecoveryReason
        );
        var warning = Assert.Single(logger.Entries, entry => entry.Level == LogLevel.Warning);
        Assert.Contains(storage.Id, warning.Message, StringComparison.Ordinal);
        Assert.Contains(storage.Location, warning.Message, StringComparison.Ordinal);
        Assert.Contains("from session.prev, one checkpoint older", warning.Message, StringComparison.Ordinal);
        Assert.Contains(manager.RecoveryReason!, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IntactSessionIsNotRecovered()
    {
        var storage = TwoCheckpoints();

        using var manager = SessionManager<JobState>.LoadSession(storage);

        Assert.Equal("two", manager.State.Title);
        Assert.False(manager.RecoveredFromPrevious);
        Assert.Null(manager.RecoveryReason);
    }

    [Fact]
    public void CreatedSessionIsNotRecovered()
    {
        using var manager = SessionManager<JobState>.CreateWithState(new JobState(), Repository);

        Assert.False(manager.RecoveredFromPrevious);
        Assert.Null(manager.RecoveryReason);
    }

    [Fact]
    public void LoadChangesNoFile()
    {
        var storage = TwoCheckpoints();
        Truncate(storage.SessionFile);
        var session = File.ReadAllBytes(storage.SessionFile);
        var previous = File.ReadAllBytes(storage.PreviousSessionFile);

        using (SessionManager<JobState>.LoadSession(storage)) { }

        Assert.Equal(session, File.ReadAllBytes(storage.SessionFile));
        Assert.Equal(previous, File.ReadAllBytes(storage.PreviousSessionFile));
    }

    [Fact]
    public void CheckpointAfterRecoveryKeepsGoodPrevious()
    {
        var storage = TwoCheckpoints();
        Truncate(storage.SessionFile);

        using var manager = SessionManager<JobState>.LoadSession(storage);
        manager.State.Title = "three";
        manager.Checkpoint();

        // The damaged "two" is replaced, never kept: session.prev is still "one", the state it was resumed from.
        Assert.Equal("three", Read(storage.LoadCheckpoint()).Title);
        Assert.Equal("one", Read(storage.LoadPreviousCheckpoint()).Title);

        manager.State.Title = "four";
        manager.Checkpoint();

        Assert.Equal("four", Read(storage.LoadCheckpoint()).Title);
        Assert.Equal("three", Read(storage.LoadPreviousCheckpoint()).Title);
        Assert.True(manager.RecoveredFromPrevious);
    }

    [Fact]
    public void FailedCheckpointAfterRecoveryKeepsPrevious()
    {
        var storage = TwoCheckpoints();
        Truncate(storage.SessionFile);
        using var manager = SessionManager<JobState>.LoadSession(storage);
        manager.Storage.FaultInjector = new SaveFaultInjector { FailingStep = SaveStep.FileSync, Errno = 28 };
        Assert.Throws<IOException>(manager.Checkpoint);
        manager.Storage.FaultInjector = null;

        manager.State.Title = "three";
        manager.Checkpoint();

        // The failed save did not count as replacing the damaged file, so the next one still keeps "one".
        Assert.Equal("three", Read(storage.LoadCheckpoint()).Title);
        Assert.Equal("one", Read(storage.LoadPreviousCheckpoint()).Title);
    }

    [Fact]
    public void MissingSessionResumesPrevious()
    {
        var storage = TwoCheckpoints();
        File.Delete(storage.SessionFile);

        using var manager = SessionManager<JobState>.LoadSession(storage);

        Assert.Equal("one", manager.State.Title);
        Assert.Equal($"The checkpoint file '{storage.SessionFile}' is missing.", manager.RecoveryReason);
    }

    [Fact]
    public void BothUnreadableThrows()
    {
        var storage = TwoCheckpoints();
        Truncate(storage.SessionFile);
        File.WriteAllText(storage.PreviousSessionFile, "not gzip");

        var error = Assert.Throws<CorruptedSessionException>(() => SessionManager<JobState>.LoadSession(storage));

        Assert.Equal(storage.SessionFile, error.FilePath);
        Assert.StartsWith(
            $"The checkpoint '{storage.SessionFile}' is corrupted: the gzip stream is truncated or damaged",
            error.Message
        );
        Assert.Contains("The previous checkpoint cannot replace it: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(storage.PreviousSessionFile, error.Message, StringComparison.Ordinal);
        Assert.EndsWith("SessionStorage.Quarantine() moves the session folder aside for inspection.", error.Message);
        Assert.IsType<CorruptedSessionException>(error.InnerException);
        using var free = storage.AcquireLock();
    }

    [Fact]
    public void MissingSessionAndDamagedPreviousThrows()
    {
        var storage = TwoCheckpoints();
        File.Delete(storage.SessionFile);
        File.Delete(storage.PreviousSessionFile);
        Directory.CreateDirectory(storage.PreviousSessionFile);

        var error = Assert.Throws<CorruptedSessionException>(() => SessionManager<JobState>.LoadSession(storage));

        Assert.Equal(
            $"The checkpoint file '{storage.SessionFile}' is missing. The previous checkpoint cannot replace it: "
                + $"The checkpoint file '{storage.PreviousSessionFile}' is not a regular file. "
                + "SessionStorage.Quarantine() moves the session folder aside for inspection.",
            error.Message
        );
    }

    [Fact]
    public void DamagedSessionWithoutPreviousThrowsDamage()
    {
        var storage = OneCheckpoint();
        Truncate(storage.SessionFile);

        var error = Assert.Throws<CorruptedSessionException>(() => SessionManager<JobState>.LoadSession(storage));

        Assert.StartsWith(
            $"The checkpoint '{storage.SessionFile}' is corrupted: the gzip stream is truncated or damaged",
            error.Message
        );
        Assert.DoesNotContain("previous", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IncompatibleSessionDoesNotFallBack()
    {
        var storage = TwoCheckpoints();
        var json = "{\"version\":3,\"type\":\"SessionToolkit.Tests.Sessions.JobState\",\"session\":{}}";
        File.WriteAllBytes(storage.SessionFile, Generated.RoundTrip.Compress(json));

        var error = Assert.Throws<IncompatibleSessionException>(() => SessionManager<JobState>.LoadSession(storage));

        Assert.Equal(3, error.FoundVersion);
    }

    [Fact]
    public void ScanReportsRecovered()
    {
        var storage = TwoCheckpoints();
        Truncate(storage.SessionFile);

        var entry = Assert.Single(Repository.Scan<JobState>());

        Assert.Equal(SessionStatus.Recovered, entry.Status);
        Assert.StartsWith(
            $"The checkpoint '{storage.SessionFile}' is corrupted: the gzip stream is truncated or damaged",
            entry.Reason
        );
        Assert.Equal(LoadReason(storage), entry.Reason);
        Assert.Equal(2, entry.Version);
        Assert.Equal("one", entry.Metadata["Title"].GetString());
    }

    [Fact]
    public void ScanReportsMissingSessionRecovered()
    {
        var storage = TwoCheckpoints();
        File.Delete(storage.SessionFile);

        var entry = Assert.Single(Repository.Scan());

        Assert.Equal(SessionStatus.Recovered, entry.Status);
        Assert.Equal($"The checkpoint file '{storage.SessionFile}' is missing.", entry.Reason);
    }

    [Fact]
    public void ScanReportsBothUnreadableCorrupted()
    {
        var storage = TwoCheckpoints();
        Truncate(storage.SessionFile);
        Truncate(storage.PreviousSessionFile);

        var entry = Assert.Single(Repository.Scan());

        Assert.Equal(SessionStatus.Corrupted, entry.Status);
        Assert.StartsWith(
            $"The checkpoint '{storage.SessionFile}' is corrupted: the gzip stream is truncated or damaged",
            entry.Reason
        );
        Assert.Contains(
            $"The previous checkpoint cannot replace it: The checkpoint '{storage.PreviousSessionFile}' is corrupted: the gzip stream is truncated or damaged",
            entry.Reason
        );
        Assert.DoesNotContain("Quarantine()", entry.Reason, StringComparison.Ordinal);
        Assert.Empty(entry.Metadata);
    }

    [Fact]
    public void ScanIgnoresPreviousOfIntactSession()
    {
        var storage = TwoCheckpoints();
        Truncate(storage.PreviousSessionFile);

        var entry = Assert.Single(Repository.Scan());

        Assert.Equal(SessionStatus.Resumable, entry.Status);
        Assert.Equal("two", entry.Metadata["Title"].GetString());
    }

    [Fact]
    public void ScanReportsIncompatiblePreviousCorrupted()
    {
        var storage = TwoCheckpoints();
        Truncate(storage.SessionFile);

        var entry = Assert.Single(Repository.Scan<OtherState>());

        // LoadSession<OtherState> would fail on both files, so the session is not listed as recoverable.
        Assert.Equal(SessionStatus.Corrupted, entry.Status);
        Assert.Contains("The previous checkpoint cannot replace it: ", entry.Reason);
    }

    [Fact]
    public void LegacySessionRecovers()
    {
        using (var manager = SessionManager<JobState>.CreateWithState(new JobState(), Repository, legacyMode: true))
        {
            manager.State.Title = "one";
            manager.Checkpoint();
            manager.State.Title = "two";
            manager.Checkpoint();
        }

        var last = Repository.GetLastStorage()!;
        Truncate(last.SessionFile);

        using var resumed = SessionManager<JobState>.LoadSession(last);

        Assert.Equal("one", resumed.State.Title);
        Assert.True(resumed.RecoveredFromPrevious);
    }

    [Fact]
    public void ScanAndLoadNeverMoveSession()
    {
        var storage = TwoCheckpoints();
        Truncate(storage.SessionFile);
        Truncate(storage.PreviousSessionFile);

        Repository.Scan();
        Assert.Throws<CorruptedSessionException>(() => SessionManager<JobState>.LoadSession(storage));

        Assert.True(File.Exists(storage.SessionFile));
        Assert.True(File.Exists(storage.PreviousSessionFile));
        Assert.False(Directory.Exists(Path.Combine(_temp.Repository, ".quarantine")));
    }

    private SessionStorage OneCheckpoint()
    {
        using var manager = SessionManager<JobState>.CreateWithState(new JobState { Title = "one" }, Repository);
        manager.Checkpoint();
        return new SessionStorage(manager.Storage.Location);
    }

    private SessionStorage TwoCheckpoints()
    {
        using var manager = SessionManager<JobState>.CreateWithState(new JobState { Title = "one" }, Repository);
        manager.Checkpoint();
        manager.State.Title = "two";
        manager.Checkpoint();
        return new SessionStorage(manager.Storage.Location);
    }

    /// <summary>Cuts the file to half its length, as a write torn by a power loss could leave it.</summary>
    private static void Truncate(string file)
    {
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
    }

    private static string? LoadReason(SessionStorage storage)
    {
        using var manager = SessionManager<JobState>.LoadSession(storage);
        return manager.RecoveryReason;
    }

    private static JobState Read(byte[] data) => SessionSerializer.Resume<JobState>(data);
}
