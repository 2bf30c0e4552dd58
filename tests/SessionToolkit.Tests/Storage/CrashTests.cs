using System;
using System.Buffers.Binary;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Threading;
using Xunit;

namespace SessionToolkit.Tests.Storage;

/// <summary>
/// Kills a child process with SIGKILL while it saves checkpoints in a loop, and checks after every kill that the
/// checkpoint on disk is one the child completed or was saving, never a torn one. The rounds default to 200;
/// SESSIONTOOLKIT_CRASH_ITERATIONS sets another count for a longer run.
/// </summary>
public class CrashTests(ITestOutputHelper output)
{
    private const int DefaultIterations = 200;

    [Fact]
    public void KilledWriterLeavesWholeCheckpoint()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        string? lastSaved = null;
        var leftovers = 0;

        for (var round = 0; round < Iterations(); round++)
        {
            var (saved, saving) = RunAndKill(storage.Location, round);
            lastSaved = saved ?? lastSaved;

            // Loading comes first, because a leftover session.next must not stand in its way.
            var checkpoint = storage.LoadCheckpoint();
            leftovers += BreakLeftover(storage) ? 1 : 0;
            if (lastSaved is null && checkpoint.Length == 0)
            {
                continue;
            }

            var hash = Convert.ToHexString(SHA256.HashData(checkpoint));
            Assert.True(IsIntact(checkpoint), $"round {round}: the checkpoint of {checkpoint.Length} bytes is torn");
            Assert.True(hash == lastSaved || hash == saving, $"round {round}: the checkpoint is no completed save");
            lastSaved = hash;
        }

        Assert.NotNull(lastSaved);
        output.WriteLine($"{Iterations()} kills, {leftovers} of them left a session.next to break.");
    }

    /// <summary>Starts the writer, kills it at a random moment, and returns its last completed and started saves.</summary>
    private static (string? Saved, string? Saving) RunAndKill(string location, int round)
    {
        using var child = CrashWriter.Start("save-loop", location);
        if (child.StandardOutput.ReadLine() != "ready")
        {
            // The error text is read only here, because reading it from a live writer would wait for its end.
            Assert.Fail($"round {round}: the writer did not start: {child.StandardError.ReadToEnd()}");
        }

        // Each save of up to 1 MiB with two fsyncs takes a few milliseconds, so a delay in this range lands
        // before, inside and between saves.
        Thread.Sleep(RandomNumberGenerator.GetInt32(0, 40));
        child.Kill();

        string? saved = null;
        string? saving = null;
        while (child.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith("saving ", StringComparison.Ordinal))
            {
                saving = line["saving ".Length..];
            }
            else if (line.StartsWith("saved ", StringComparison.Ordinal))
            {
                saved = line["saved ".Length..];
            }
        }

        child.WaitForExit();

        // 137 is 128 + SIGKILL. Any other code means the writer stopped by itself, which is a failure to report.
        var errors = child.StandardError.ReadToEnd();
        Assert.True(child.ExitCode == 137, $"round {round}: the writer exited with {child.ExitCode}: {errors}");
        return (saved, saving);
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

    /// <summary>Checks the writer's payload layout: 4 bytes of total length, a SHA-256 of the rest, the rest.</summary>
    private static bool IsIntact(ReadOnlySpan<byte> payload)
    {
        const int headerLength = 4 + 32;
        if (payload.Length < headerLength || BinaryPrimitives.ReadInt32LittleEndian(payload) != payload.Length)
        {
            return false;
        }

        return SHA256.HashData(payload[headerLength..]).AsSpan().SequenceEqual(payload.Slice(4, 32));
    }

    private static int Iterations()
    {
        var configured = Environment.GetEnvironmentVariable("SESSIONTOOLKIT_CRASH_ITERATIONS");
        return int.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0
            ? count
            : DefaultIterations;
    }
}
