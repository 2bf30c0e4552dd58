using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Threading;
using Microsoft.Extensions.Logging;
using SessionToolkit;

namespace SessionToolkit.CrashWriter;

/// <summary>
/// The <c>race DIR</c> mode: opens the session in DIR with <see cref="SessionManager{TState}"/> on the parent's
/// command, at a moment the parent names, so that two such processes race for the session's lock. It prints
/// "ready" once warmed up, then reads one command per line from stdin and prints one line for each:
/// <list type="bullet">
/// <item><c>go TICKS</c>: waits for the UTC clock to reach TICKS, calls LoadSession and prints
/// <c>won ROUND STARTED ENDED</c> or <c>in-use HOLDER STARTED</c> (HOLDER is the process id the exception names,
/// or "-"; STARTED and ENDED are the UTC clock in ticks when the call began and returned).</item>
/// <item><c>checkpoint</c>: increments the round, checkpoints and prints <c>saved ROUND</c>.</item>
/// <item><c>save-until-killed</c>: checkpoints in a loop, printing <c>saving ROUND</c> and <c>saved ROUND</c>.</item>
/// <item><c>take-over</c>: calls LoadSession after the holder died and prints <c>took-over ROUND STALE NEXT</c>
/// (STALE is the dead holder's id from the logged warning, or "-"; NEXT is "next" when an interrupted save left
/// session.next, which is then broken, else "clean").</item>
/// <item><c>release</c>: disposes the manager and prints <c>released</c>; <c>exit</c> ends the process.</item>
/// </list>
/// </summary>
internal static class Racer
{
    public static int Run(string folder)
    {
        WarmUp();
        Console.WriteLine("ready");

        SessionManager<RaceState>? opened = null;
        var staleHolders = new StaleLockLogger();
        while (Console.ReadLine() is { } line)
        {
            var words = line.Split(' ');
            switch (words[0])
            {
                case "go":
                    opened = Race(folder, long.Parse(words[1], CultureInfo.InvariantCulture));
                    break;
                case "checkpoint":
                    Console.WriteLine($"saved {Save(opened!)}");
                    break;
                case "save-until-killed":
                    SaveUntilKilled(opened!);
                    break;
                case "take-over":
                    opened = TakeOver(folder, staleHolders);
                    break;
                case "release":
                    opened?.Dispose();
                    opened = null;
                    Console.WriteLine("released");
                    break;
                case "exit":
                    opened?.Dispose();
                    return 0;
                default:
                    Console.Error.WriteLine($"unknown command: {line}");
                    return 2;
            }
        }

        return 0;
    }

    /// <summary>Runs every step of a race once in a folder of its own, so that the race itself runs compiled code.</summary>
    private static void WarmUp()
    {
        var repository = Directory.CreateTempSubdirectory("race-warm-up-").FullName;
        try
        {
            using (var created = SessionManager<RaceState>.CreateWithState(new RaceState(), new(repository)))
            {
                Save(created);
            }

            var storage = new SessionStorageRepository(repository).GetStorageList()[0];
            using (SessionManager<RaceState>.LoadSession(storage))
            {
                var second = new SessionStorage(storage.Location);
                Assert(Record(() => SessionManager<RaceState>.LoadSession(second)) is SessionInUseException);
            }
        }
        finally
        {
            Directory.Delete(repository, recursive: true);
        }
    }

    private static SessionManager<RaceState>? Race(string folder, long startTicks)
    {
        // Both processes wait for the same clock reading, so on an idle machine they call LoadSession within
        // microseconds of each other. They sleep until shortly before it and spin only for the rest, because a
        // process that spins for long is the first one the scheduler preempts on a busy machine.
        var sleep = TimeSpan.FromTicks(startTicks - DateTime.UtcNow.Ticks) - TimeSpan.FromMilliseconds(2);
        if (sleep > TimeSpan.Zero)
        {
            Thread.Sleep(sleep);
        }

        while (DateTime.UtcNow.Ticks < startTicks) { }

        var started = DateTime.UtcNow.Ticks;
        try
        {
            var manager = SessionManager<RaceState>.LoadSession(new SessionStorage(folder));
            Console.WriteLine($"won {manager.State.Round} {started} {DateTime.UtcNow.Ticks}");
            return manager;
        }
        catch (SessionInUseException exception)
        {
            var holder = exception.HolderProcessId?.ToString(CultureInfo.InvariantCulture) ?? "-";
            Console.WriteLine($"in-use {holder} {started}");
            return null;
        }
    }

    private static int Save(SessionManager<RaceState> manager)
    {
        manager.State.Round++;
        manager.State.Writer = Environment.ProcessId;
        manager.State.Payload = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48 * 1024));
        manager.Checkpoint();
        return manager.State.Round;
    }

    private static void SaveUntilKilled(SessionManager<RaceState> manager)
    {
        while (true)
        {
            Console.WriteLine($"saving {manager.State.Round + 1}");
            Console.WriteLine($"saved {Save(manager)}");
        }
    }

    private static SessionManager<RaceState> TakeOver(string folder, StaleLockLogger staleHolders)
    {
        var storage = new SessionStorage(folder, staleHolders);
        var manager = SessionManager<RaceState>.LoadSession(storage, logger: staleHolders);
        var stale = staleHolders.TakeLast()?.ToString(CultureInfo.InvariantCulture) ?? "-";
        var next = File.Exists(Path.Combine(folder, SessionStorage.NextCheckpointFileName));
        if (next)
        {
            manager.BreakLock();
        }

        Console.WriteLine($"took-over {manager.State.Round} {stale} {(next ? "next" : "clean")}");
        return manager;
    }

    private static Exception? Record(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }

    private static void Assert(bool condition)
    {
        if (!condition)
        {
            throw new InvalidOperationException("The warm-up race did not end with SessionInUseException.");
        }
    }

    /// <summary>Keeps the process id of the last stale-lock warning, read from the log entry's fields.</summary>
    private sealed class StaleLockLogger : ILogger
    {
        private int? _last;

        public int? TakeLast()
        {
            var last = _last;
            _last = null;
            return last;
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter
        )
        {
            if (state is not IReadOnlyList<KeyValuePair<string, object?>> fields)
            {
                return;
            }

            foreach (var (name, value) in fields)
            {
                if (name == "ProcessId" && value is int processId)
                {
                    _last = processId;
                }
            }
        }
    }
}
