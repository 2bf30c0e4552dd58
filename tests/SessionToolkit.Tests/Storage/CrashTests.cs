using System;
using System.Diagnostics;
using System.IO;
using System.Security.Cryptography;
using SessionToolkit.CrashWriter;
using Xunit;

namespace SessionToolkit.Tests.Storage;

/// <summary>
/// Kills a child process with SIGKILL while it saves raw checkpoints in a loop. After every kill the checkpoint on
/// disk must be one the child completed or was saving, never a torn one, and session.prev must be whole. The rounds
/// default to 200, and SESSIONTOOLKIT_CRASH_ITERATIONS sets another count for a longer run.
/// </summary>
public class CrashTests(ITestOutputHelper output)
{
    [Fact]
    public void KilledWriterLeavesWholeCheckpoint()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        var clock = Stopwatch.StartNew();
        string? lastSaved = null;
        var leftovers = 0;
        var inFlight = 0;
        var wholePrevious = 0;

        for (var round = 0; round < KilledWriter.Iterations(); round++)
        {
            // Each save of up to 1 MiB with two fsyncs takes a few milliseconds, so a delay below 40 ms lands
            // before, inside and between saves.
            var run = KilledWriter.RunAndKill(round, 40, "save-loop", storage.Location);
            lastSaved = run.Saved ?? lastSaved;
            inFlight += run.InFlight is null ? 0 : 1;

            // Loading comes first, because a leftover session.next must not stand in its way.
            var checkpoint = storage.LoadCheckpoint();
            var previous = storage.LoadPreviousCheckpoint();
            leftovers += BreakLeftover(storage) ? 1 : 0;
            if (previous.Length > 0)
            {
                Assert.True(
                    Payload.IsIntact(previous),
                    $"round {round}: session.prev of {previous.Length} bytes is torn"
                );
                wholePrevious++;
            }

            if (lastSaved is null && checkpoint.Length == 0)
            {
                continue;
            }

            var hash = Convert.ToHexString(SHA256.HashData(checkpoint));
            Assert.True(
                Payload.IsIntact(checkpoint),
                $"round {round}: the checkpoint of {checkpoint.Length} bytes is torn"
            );
            Assert.True(hash == lastSaved || hash == run.Saving, $"round {round}: the checkpoint is no completed save");
            lastSaved = hash;
        }

        Assert.NotNull(lastSaved);
        output.WriteLine(
            $"{KilledWriter.Iterations()} kills in {clock.Elapsed.TotalSeconds:F0} s: {inFlight} during a save, "
                + $"{leftovers} left a session.next to break, {wholePrevious} rounds had a whole session.prev, "
                + "0 torn checkpoints."
        );
    }

    private static bool BreakLeftover(SessionStorage storage)
    {
        if (!Entry.Exists(Path.Combine(storage.Location, "session.next")))
        {
            return false;
        }

        using (storage.AcquireLock())
        {
            storage.BreakLock();
        }

        return true;
    }
}
