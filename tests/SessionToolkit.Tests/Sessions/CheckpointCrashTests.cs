using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.Extensions.Logging;
using SessionToolkit.CrashWriter;
using SessionToolkit.Tests.Storage;
using Xunit;

namespace SessionToolkit.Tests.Sessions;

/// <summary>
/// Kills a child process with SIGKILL while it resumes a session of a generated state with well-known directories
/// and calls <c>SessionManager.Checkpoint()</c> in a loop. After every kill the session must scan as readable and
/// resume to the save the child completed last or had in flight, and <c>session.prev</c> must hold the save before
/// it. Every tenth round the test also tears <c>session</c> (as a power loss could) and checks that the session
/// resumes to the checkpoint before the last one, and that the child's next checkpoint keeps that one as the
/// fallback. The rounds default to 200; SESSIONTOOLKIT_CRASH_ITERATIONS sets another count.
/// </summary>
public sealed class CheckpointCrashTests(ITestOutputHelper output) : IDisposable
{
    private const int DamageEvery = 10;
    private const int MaxKillDelay = 80;

    private readonly TempFolder _temp = new();
    private readonly ListLogger _logger = new();
    private long _expected;
    private bool _damagePending;
    private long _reportedSaves;
    private int _leftovers;
    private int _inCheckpoint;
    private int _recoveries;
    private int _fallbackLoads;
    private int _missingPrevious;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void KilledCheckpointResumesLastOrPrevious()
    {
        var storage = CreateSession();
        var clock = Stopwatch.StartNew();
        var rounds = KilledWriter.Iterations();

        for (var round = 0; round < rounds; round++)
        {
            // A process's first Checkpoint() takes tens of milliseconds (code loaded on first use, and the
            // repository fsync of a session's first save), so the delay range is wider than the raw test's.
            var run = KilledWriter.RunAndKill(round, MaxKillDelay, "checkpoint-loop", storage.Location);
            Assert.Equal(_expected.ToString(CultureInfo.InvariantCulture), run.Ready);
            _inCheckpoint += run.InFlight is null ? 0 : 1;
            _reportedSaves += run.Saved is null ? 0 : long.Parse(run.Saved, CultureInfo.InvariantCulture) - _expected;

            CheckScan(round);
            var sequence = CheckResume(storage, round, run);
            if (round % DamageEvery == DamageEvery - 1 && !_damagePending)
            {
                TearAndRecover(storage, round, sequence);
            }
        }

        // Most kills land inside Checkpoint(), and none would mean that the suite no longer tests what it claims.
        Assert.True(_inCheckpoint > 0, $"none of {rounds} kills landed inside Checkpoint()");
        Assert.Equal(_fallbackLoads, _logger.Entries.Count(entry => entry.Level == LogLevel.Warning));
        output.WriteLine(
            $"{rounds} kills in {clock.Elapsed.TotalSeconds:F0} s: {_inCheckpoint} inside Checkpoint(), "
                + $"{_leftovers} left a session.next to break, {_reportedSaves} checkpoints reported done, "
                + $"{_recoveries} resumes from session.prev after a torn session, "
                + $"{_missingPrevious} rounds without a session.prev, 0 unreadable sessions."
        );
    }

    private SessionStorage CreateSession()
    {
        var repository = new SessionStorageRepository(_temp.Repository);
        using var manager = SessionManager<CrashState>.CreateWithState(new CrashState(), repository);
        return new SessionStorage(manager.Storage.Location, _logger);
    }

    // Scan runs before the resume, while no process holds the lock. A kill may leave a session.next behind
    // (Locked) or come before the first save (Empty), and a torn session stays Recovered until the child
    // completes a save over it.
    private void CheckScan(int round)
    {
        var entry = Assert.Single(new SessionStorageRepository(_temp.Repository).Scan<CrashState>());
        var readable =
            entry.Status is SessionStatus.Resumable or SessionStatus.Locked
            || (_damagePending && entry.Status == SessionStatus.Recovered)
            || (_expected == 0 && entry.Status == SessionStatus.Empty);
        Assert.True(readable, $"round {round}: the scan found {entry.Status}: {entry.Reason}");
    }

    /// <summary>Resumes the session as the test's own process and returns the sequence number it resumed.</summary>
    private long CheckResume(SessionStorage storage, int round, KilledWriter run)
    {
        using var manager = SessionManager<CrashState>.LoadSession(storage, logger: _logger);
        var state = manager.State;
        Assert.True(state.IsWhole, $"round {round}: save {state.Sequence} resumed with content that is not whole");
        Assert.All(new CrashDirectories(storage).AllDirectories, path => Assert.True(Directory.Exists(path), path));

        if (manager.RecoveredFromPrevious)
        {
            // Only the torn session of an earlier round falls back, until the child completes a save over it.
            Assert.True(_damagePending, $"round {round}: fell back without a torn session: {manager.RecoveryReason}");
            Assert.Equal(_expected, state.Sequence);
            _fallbackLoads++;
        }
        else
        {
            var lastCompleted = run.Saved is null ? _expected : long.Parse(run.Saved, CultureInfo.InvariantCulture);
            var inFlight = run.InFlight is null
                ? lastCompleted
                : long.Parse(run.InFlight, CultureInfo.InvariantCulture);
            Assert.True(
                state.Sequence == lastCompleted || state.Sequence == inFlight,
                $"round {round}: resumed save {state.Sequence}, expected {lastCompleted} or {inFlight}"
            );
            _damagePending = false;
        }

        CheckPrevious(storage, round, state.Sequence, manager.RecoveredFromPrevious);
        if (Entry.Exists(Path.Combine(storage.Location, "session.next")))
        {
            manager.BreakLock();
            _leftovers++;
        }

        _expected = state.Sequence;
        return state.Sequence;
    }

    // session.prev contains the save before the resumed one. It equals the resumed one after a fallback (it was read
    // from there) or when the kill came between the hard link and the rename, and it is missing only before the
    // second save or when the kill came between the unlink of the old one and the link.
    private void CheckPrevious(SessionStorage storage, int round, long sequence, bool recovered)
    {
        var data = storage.LoadPreviousCheckpoint();
        if (data.Length == 0)
        {
            Assert.False(recovered, $"round {round}: resumed from a session.prev that is gone");
            _missingPrevious++;
            return;
        }

        var previous = SessionSerializer.Resume<CrashState>(data);
        Assert.True(previous.IsWhole, $"round {round}: session.prev of save {previous.Sequence} is not whole");
        Assert.True(
            previous.Sequence == sequence || (!recovered && previous.Sequence == sequence - 1),
            $"round {round}: session.prev holds save {previous.Sequence}, resumed save {sequence}"
        );
    }

    /// <summary>Cuts <c>session</c> in half and checks that the session now resumes from <c>session.prev</c>.</summary>
    private void TearAndRecover(SessionStorage storage, int round, long sequence)
    {
        var previous = storage.LoadPreviousCheckpoint();
        if (previous.Length == 0)
        {
            return;
        }

        // A write torn by a power loss damages the data of the file the rename put in place, never the file it
        // replaced, so the torn bytes go into a new file that replaces session. Damage in place would reach
        // session.prev too after a kill between the hard link and the rename, when both names are one file.
        var bytes = File.ReadAllBytes(storage.SessionFile);
        var torn = storage.SessionFile + ".torn";
        File.WriteAllBytes(torn, bytes[..(bytes.Length / 2)]);
        File.Move(torn, storage.SessionFile, overwrite: true);
        var entry = Assert.Single(new SessionStorageRepository(_temp.Repository).Scan<CrashState>());
        Assert.Equal(SessionStatus.Recovered, entry.Status);

        using var manager = SessionManager<CrashState>.LoadSession(storage, logger: _logger);
        Assert.True(manager.RecoveredFromPrevious, $"round {round}: a torn session did not fall back");
        Assert.True(manager.State.IsWhole);
        Assert.Equal(SessionSerializer.Resume<CrashState>(previous).Sequence, manager.State.Sequence);
        Assert.True(manager.State.Sequence >= sequence - 1, $"round {round}: fell back further than one save");
        _expected = manager.State.Sequence;
        _damagePending = true;
        _recoveries++;
        _fallbackLoads++;
    }
}
