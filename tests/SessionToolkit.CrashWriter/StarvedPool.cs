using System;
using System.Security.Cryptography;
using System.Threading;

namespace SessionToolkit.CrashWriter;

/// <summary>
/// The <c>starved-checkpoint DIR</c> command: checkpoints a state of several deflate chunks from the main thread
/// while every thread of the thread pool is blocked and the pool may not start another, as in a server whose
/// workers all wait on something. The checkpoint must still finish; the parent kills the process when it does not.
/// </summary>
internal static class StarvedPool
{
    // Four chunks of JSON and more (base64 makes 1 MiB of content about 1.4 MiB of JSON).
    private const int ContentBytes = 1024 * 1024;

    public static int Run(string folder)
    {
        using var manager = SessionManager<CrashState>.LoadSession(new SessionStorage(folder), createState: () =>
            new CrashState()
        );
        manager.State.Sequence = 1;
        manager.State.Content = RandomNumberGenerator.GetBytes(ContentBytes);
        manager.State.ContentHash = Convert.ToHexString(SHA256.HashData(manager.State.Content));

        using var release = new ManualResetEventSlim();
        var blocked = BlockEveryWorker(release);
        Console.WriteLine($"blocked {blocked}");

        manager.Checkpoint();
        Console.WriteLine("saved");
        release.Set();
        return 0;
    }

    // Caps the pool at one thread per core and fills each with a work item that waits for 'release'.
    private static int BlockEveryWorker(ManualResetEventSlim release)
    {
        var workers = Environment.ProcessorCount;
        ThreadPool.GetMaxThreads(out _, out var completionPorts);
        if (!ThreadPool.SetMinThreads(1, 1) || !ThreadPool.SetMaxThreads(workers, completionPorts))
        {
            throw new InvalidOperationException($"The thread pool could not be capped at {workers} threads.");
        }

        using var started = new CountdownEvent(workers);
        for (var i = 0; i < workers; i++)
        {
            ThreadPool.UnsafeQueueUserWorkItem(
                _ =>
                {
                    started.Signal();
                    release.Wait();
                },
                null
            );
        }

        started.Wait();
        return workers;
    }
}
