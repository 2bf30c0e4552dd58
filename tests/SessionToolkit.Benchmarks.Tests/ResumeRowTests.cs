using System.Linq;
using SessionToolkit.Benchmarks.Serialization;
using SessionToolkit.Benchmarks.State;
using Xunit;

namespace SessionToolkit.Benchmarks.Tests;

/// <summary>
/// Every resume row must read the whole session back: a row that read the JSON under other names would return an
/// empty session and look fast.
/// </summary>
public class ResumeRowTests
{
    public static TheoryData<string> ResumeRows =>
        [
            .. typeof(SuspendResumeBenchmarks)
                .GetMethods()
                .Where(m => m.ReturnType == typeof(BenchSession))
                .Select(m => m.Name),
        ];

    [Theory]
    [MemberData(nameof(ResumeRows))]
    public void ResumeRowReadsEveryJob(string row)
    {
        var benchmark = new SuspendResumeBenchmarks { Jobs = 100 };
        benchmark.Setup();

        var session = (BenchSession)typeof(SuspendResumeBenchmarks).GetMethod(row)!.Invoke(benchmark, null)!;

        Assert.Equal(100, session.DesiredJobs.Count);
        Assert.Equal(100, session.JobChecksums.Count);
        Assert.Equal(100, session.Results.Count);
        Assert.Equal(BenchOutcome.Skip, session.Results[session.DesiredJobs[0]][0].Outcome);
        Assert.Equal("certification run on lab-42", session.Title);
    }
}
