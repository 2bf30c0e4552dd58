using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace SessionToolkit.Tests.Hostile;

/// <summary>
/// Runs a property on a worker thread and fails the test, with the input at hand, when one case runs longer than
/// <see cref="CaseLimit"/>. That is far above what any case needs (a few milliseconds), so it catches a hang or
/// an endless loop, not a slow machine.
/// </summary>
internal sealed class HangWatch
{
    public static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(60);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _caseStartedTicks = -1;
    private byte[]? _input;

    /// <summary>Marks the start of the case that reads <paramref name="input"/>.</summary>
    public void Enter(byte[] input)
    {
        Volatile.Write(ref _input, input);
        Volatile.Write(ref _caseStartedTicks, _clock.ElapsedTicks);
    }

    /// <summary>Runs <paramref name="property"/> and watches every case it marks with <see cref="Enter"/>.</summary>
    public void Run(Action property)
    {
        var worker = Task.Factory.StartNew(property, TaskCreationOptions.LongRunning);
        while (!worker.Wait(TimeSpan.FromSeconds(1)))
        {
            var started = Volatile.Read(ref _caseStartedTicks);
            var running = TimeSpan.FromTicks(
                (_clock.ElapsedTicks - started) * TimeSpan.TicksPerSecond / Stopwatch.Frequency
            );
            if (started >= 0 && running > CaseLimit)
            {
                var input = Volatile.Read(ref _input) ?? [];
                Assert.Fail(
                    $"one case ran for more than {CaseLimit.TotalSeconds} s; its input (base64): {Convert.ToBase64String(input)}"
                );
            }
        }

        worker.GetAwaiter().GetResult();
    }
}
