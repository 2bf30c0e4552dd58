using System;
using SessionToolkit.Benchmarks.Serialization;
using Xunit;

namespace SessionToolkit.Benchmarks.Tests;

/// <summary>
/// The allocation target of docs/benchmarks.md, on the benchmark row itself: the generated suspend into a reused
/// buffer allocates less than 1 KiB, whatever the state's size. Bytes are counted, not time, so the check is exact
/// on any machine.
/// </summary>
public class SuspendAllocationTests
{
    [Theory]
    [InlineData(100)]
    [InlineData(10_000)]
    public void GeneratedSuspendAllocatesUnderOneKiB(int jobs)
    {
        var benchmark = new SuspendResumeBenchmarks { Jobs = jobs };
        benchmark.Setup();

        // The first call grows the path stack, which later calls reuse.
        benchmark.SuspendGenerated();
        var before = GC.GetAllocatedBytesForCurrentThread();
        benchmark.SuspendGenerated();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.InRange(allocated, 0, 1023);
    }
}
