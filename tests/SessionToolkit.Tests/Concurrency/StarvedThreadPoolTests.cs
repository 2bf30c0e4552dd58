using System;
using System.Linq;
using SessionToolkit.Tests.Storage;
using Xunit;

namespace SessionToolkit.Tests.Concurrency;

/// <summary>
/// A checkpoint large enough to be deflated in parallel chunks, taken from a thread outside the thread pool while
/// every pool thread is blocked and the pool may start no other, as in a server whose workers all wait. The save
/// must finish on the calling thread alone. The child runs in a process of its own, because the pool's limits
/// apply to the whole process.
/// </summary>
public sealed class StarvedThreadPoolTests : IDisposable
{
    // A bound for a hang, not a speed target: the child starts, writes about 1.4 MiB and exits in about a second.
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(60);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void CheckpointFinishesWithoutPoolThreads()
    {
        var storage = SessionStorage.Create(_temp.Repository);
        using var child = Storage.CrashWriter.Start("starved-checkpoint", storage.Location);

        var exited = child.WaitForExit(HangBound);
        if (!exited)
        {
            child.Kill();
            child.WaitForExit();
        }

        var output = child.StandardOutput.ReadToEnd();
        var error = child.StandardError.ReadToEnd();
        Assert.True(exited, $"Checkpoint() did not return within {HangBound.TotalSeconds} s; output: {output}");
        Assert.Equal("", error);
        Assert.Equal(0, child.ExitCode);
        Assert.Equal(["blocked", "saved"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Word));

        var entry = Assert.Single(
            new SessionStorageRepository(_temp.Repository).Scan<SessionToolkit.CrashWriter.CrashState>()
        );
        Assert.Equal(SessionStatus.Resumable, entry.Status);
    }

    private static string Word(string line) => line.Split(' ')[0];
}
