using System;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using SessionToolkit;

namespace SessionToolkit.CrashWriter;

/// <summary>
/// Commands, one per run:
/// <c>save-loop DIR</c> saves checkpoints of 1 KiB to 1 MiB until killed, printing "saving HASH" before and
/// "saved HASH" after each save (HASH is the SHA-256 of the whole payload);
/// <c>checkpoint-loop DIR</c> resumes the session in DIR with <c>SessionManager</c> (a fresh <see cref="CrashState"/>
/// when it has no checkpoint), prints "ready SEQUENCE" and then "saving N" before and "saved N" after each
/// <c>Checkpoint()</c> until killed;
/// <c>save-once DIR SIZE</c> saves one checkpoint of SIZE random bytes;
/// <c>hold-lock DIR</c> takes the session's lock, prints "locked" and holds it until stdin closes;
/// <c>create-with-umask REPOSITORY [UMASK]</c> sets the umask (octal, 0 when not given), creates a session, saves,
/// locks and makes a sub-directory, then prints the session folder;
/// <c>race DIR</c> races another process for the session in DIR (see <see cref="Racer"/>);
/// <c>starved-checkpoint DIR</c> checkpoints while the thread pool has no free thread (see <see cref="StarvedPool"/>).
/// </summary>
internal static partial class Program
{
    private static int Main(string[] args)
    {
        switch (args)
        {
            case ["save-loop", var folder]:
                SaveLoop(new SessionStorage(folder));
                return 0;
            case ["checkpoint-loop", var folder]:
                CheckpointLoop(new SessionStorage(folder));
                return 0;
            case ["save-once", var folder, var size]:
                new SessionStorage(folder).SaveCheckpoint(
                    RandomNumberGenerator.GetBytes(int.Parse(size, CultureInfo.InvariantCulture))
                );
                return 0;
            case ["hold-lock", var folder]:
                HoldLock(new SessionStorage(folder));
                return 0;
            case ["create-with-umask", var repository]:
                CreateWithUmask(repository, 0);
                return 0;
            case ["create-with-umask", var repository, var umask]:
                CreateWithUmask(repository, Convert.ToUInt32(umask, 8));
                return 0;
            case ["race", var folder]:
                return Racer.Run(folder);
            case ["starved-checkpoint", var folder]:
                return StarvedPool.Run(folder);
            default:
                Console.Error.WriteLine(
                    "usage: save-loop DIR | checkpoint-loop DIR | save-once DIR SIZE | hold-lock DIR | "
                        + "create-with-umask REPOSITORY [UMASK] | race DIR | starved-checkpoint DIR"
                );
                return 2;
        }
    }

    private static void SaveLoop(SessionStorage storage)
    {
        Console.WriteLine("ready");
        while (true)
        {
            var payload = Payload.Create(RandomNumberGenerator.GetInt32(1024, 1024 * 1024 + 1));
            var hash = Convert.ToHexString(SHA256.HashData(payload));
            Console.WriteLine($"saving {hash}");
            storage.SaveCheckpoint(payload);
            Console.WriteLine($"saved {hash}");
        }
    }

    private static void CheckpointLoop(SessionStorage storage)
    {
        using var manager = SessionManager<CrashState>.LoadSession(storage, createState: () => new CrashState());
        var state = manager.State;

        // One suspend compiles the serializer and the gzip code, so that the kills are spread over the saves and
        // do not mostly land in the first one.
        SessionSerializer.Suspend(state);
        Console.WriteLine($"ready {state.Sequence}");
        while (true)
        {
            state.Advance();
            Console.WriteLine($"saving {state.Sequence}");
            manager.Checkpoint();
            Console.WriteLine($"saved {state.Sequence}");
        }
    }

    private static void HoldLock(SessionStorage storage)
    {
        using var heldLock = storage.AcquireLock();
        Console.WriteLine("locked");
        Console.In.ReadToEnd();
    }

    private static void CreateWithUmask(string repository, uint umask)
    {
        SetUmask(umask);
        var storage = SessionStorage.Create(repository);
        storage.SaveCheckpoint([1, 2, 3]);
        using var heldLock = storage.AcquireLock();
        storage.EnsureDirectory("io-logs/job-1");
        Console.WriteLine(storage.Location);
    }

    [LibraryImport("libc", EntryPoint = "umask")]
    private static partial uint SetUmask(uint mask);
}
