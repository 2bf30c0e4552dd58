using System;
using System.Diagnostics;
using CsCheck;
using Xunit;

namespace SessionToolkit.Tests.Hostile;

/// <summary>
/// Damaged checkpoints, in the gzip layer and in the JSON under an intact gzip layer, read through Resume, Peek,
/// TryPeek, Scan, Scan&lt;T&gt; and LoadSession. Every reader raises only the two resume errors, the readers
/// agree with each other, no case hangs, and no case allocates more than
/// <see cref="ReadingProbe.AllocationBound"/> bytes. Each property runs 2,000 cases, or
/// SESSIONTOOLKIT_FUZZ_CASES; CsCheck_Seed replays a reported failure.
/// </summary>
public sealed class HostileCheckpointTests(ITestOutputHelper output) : IDisposable
{
    private const long DefaultCases = 2000;

    private readonly ReadingProbe _probe = new();
    private readonly HangWatch _watch = new();

    public void Dispose() => _probe.Dispose();

    [Fact]
    public void DamagedGzipLayer()
    {
        Run(HostileInputs.DamagedGzip);
    }

    [Fact]
    public void DamagedJsonLayer()
    {
        Run(HostileInputs.DamagedJson);
    }

    [Fact]
    public void ValidCheckpointsResume()
    {
        // The control: without damage every reader accepts every generated checkpoint.
        Run(InspectionGen.Checkpoint);

        Assert.Equal(Cases(), _probe.Resumed);
    }

    private void Run(Gen<byte[]> inputs)
    {
        var cases = Cases();
        var clock = Stopwatch.StartNew();

        _watch.Run(() =>
            inputs.Sample(
                data =>
                {
                    _watch.Enter(data);
                    return _probe.Check(data);
                },
                output.WriteLine,
                iter: cases,
                threads: 1
            )
        );

        output.WriteLine(
            $"{cases} cases in {clock.Elapsed.TotalSeconds:F1} s; {_probe.Resumed} resumed; at most "
                + $"{_probe.MaxAllocated} bytes allocated by one case (bound {ReadingProbe.AllocationBound})."
        );
    }

    private static long Cases() =>
        long.TryParse(Environment.GetEnvironmentVariable("SESSIONTOOLKIT_FUZZ_CASES"), out var configured)
        && configured > 0
            ? configured
            : DefaultCases;
}
