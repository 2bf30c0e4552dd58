using System;
using JobRunner.Cli;
using JobRunner.Execution;
using Xunit;

namespace JobRunner.Tests.Cli;

public class ProgressLineTests
{
    [Fact]
    public void PassLine()
    {
        var result = new JobResult("com.example::job-3", JobOutcome.Pass, 0, TimeSpan.FromSeconds(0.12), null);

        Assert.Equal("[3/12] pass  0.12s  com.example::job-3", ProgressLine.Format(3, 12, result));
    }

    [Fact]
    public void SkipLineHasReason()
    {
        var result = JobResult.Skipped("com.example::manual", "plugin 'manual' needs a person");

        Assert.Equal(
            "[4/12] skip  0.00s  com.example::manual  (plugin 'manual' needs a person)",
            ProgressLine.Format(4, 12, result)
        );
    }
}
