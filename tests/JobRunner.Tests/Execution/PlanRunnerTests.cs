using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using JobRunner.Execution;
using JobRunner.Planning;
using JobRunner.Tests.Infrastructure;
using JobRunner.Units;
using Xunit;

namespace JobRunner.Tests.Execution;

public class PlanRunnerTests
{
    private readonly string _folder = Jobs.TempFolder();

    private static ExecutionPlan Plan(string text) =>
        PlanBuilder.Build(UnitCatalog.Parse([("run.pxu", text)], "ex"), [], "root");

    private async Task<(RunSummary Summary, Listener Listener)> RunAsync(
        string text,
        CancellationTokenSource? cancellation = null,
        IReadOnlyDictionary<string, JobResult>? previous = null
    )
    {
        var listener = new Listener(cancellation);
        var options = new RunOptions(Path.Combine(_folder, "io-logs"), _folder, TimeSpan.FromSeconds(30));
        var runner = new PlanRunner(new ShellJobExecutor(new Dictionary<string, string>()), options, listener);
        var summary = await runner.RunAsync(Plan(text), cancellation?.Token ?? CancellationToken.None, previous);
        return (summary, listener);
    }

    [Fact]
    public async Task FailedDependencySkipsDependant()
    {
        var (summary, _) = await RunAsync(
            "id: a\nplugin: shell\ncommand: false\n\nid: b\nplugin: shell\ndepends: a\ncommand: true\n"
        );

        Assert.Equal(JobOutcome.Fail, summary.Results[0].Outcome);
        Assert.Equal(JobOutcome.Skip, summary.Results[1].Outcome);
        Assert.Equal("dependency 'ex::a' failed", summary.Results[1].Reason);
    }

    [Fact]
    public async Task SkippedDependencySkipsDependant()
    {
        var (summary, _) = await RunAsync("id: a\nplugin: manual\n\nid: b\nplugin: shell\ndepends: a\ncommand: true\n");

        Assert.Equal("plugin 'manual' needs a person", summary.Results[0].Reason);
        Assert.Equal("dependency 'ex::a' was skipped", summary.Results[1].Reason);
    }

    [Fact]
    public async Task FailedAfterStillRuns()
    {
        var (summary, _) = await RunAsync(
            "id: a\nplugin: shell\ncommand: false\n\nid: b\nplugin: shell\nafter: a\ncommand: true\n"
        );

        Assert.Equal(JobOutcome.Pass, summary.Results[1].Outcome);
    }

    [Fact]
    public async Task ListenerHearsEveryJob()
    {
        var (summary, listener) = await RunAsync(
            "id: a\nplugin: shell\ncommand: true\n\nid: b\nplugin: manual\n\nid: c\nplugin: shell\ncommand: false\n"
        );

        Assert.Equal(["1/3 ex::a", "2/3 ex::b", "3/3 ex::c"], listener.Started);
        Assert.Equal(["1/3 ex::a pass", "2/3 ex::b skip", "3/3 ex::c fail"], listener.Finished);
        Assert.Equal(1, summary.Passed);
        Assert.Equal(1, summary.Skipped);
        Assert.Equal(1, summary.Failed);
        Assert.False(summary.Interrupted);
    }

    [Fact]
    public async Task RunWritesIoLogPerJob()
    {
        await RunAsync("id: a\nplugin: shell\ncommand: echo hi\n\nid: b\nplugin: manual\n");

        var files = Directory.GetFiles(Path.Combine(_folder, "io-logs")).Select(Path.GetFileName);
        Assert.Equal(["ex%3A%3Aa.record.jsonl"], files);
    }

    [Fact]
    public async Task CancellationStopsRun()
    {
        using var cancellation = new CancellationTokenSource();

        var (summary, listener) = await RunAsync(
            "id: a\nplugin: shell\ncommand: true\n\nid: b\nplugin: shell\ncommand: sleep 60\n\n"
                + "id: c\nplugin: shell\ncommand: true\n",
            cancellation
        );

        Assert.True(summary.Interrupted);
        Assert.Equal("ex::b", summary.InterruptedJobId);
        Assert.Equal(["ex::a"], summary.Results.Select(result => result.JobId));
        Assert.Equal(["1/3 ex::a pass"], listener.Finished);
    }

    [Fact]
    public async Task PreviousResultsAreNotRerun()
    {
        var marker = Path.Combine(_folder, "ran");
        var previous = new Dictionary<string, JobResult>
        {
            ["ex::a"] = new("ex::a", JobOutcome.Fail, 1, TimeSpan.FromSeconds(1), null),
        };

        var (summary, _) = await RunAsync(
            $"id: a\nplugin: shell\ncommand: touch '{marker}'\n\nid: b\nplugin: shell\ndepends: a\ncommand: true\n",
            previous: previous
        );

        Assert.False(File.Exists(marker));
        Assert.Same(previous["ex::a"], summary.Results[0]);
        Assert.Equal("dependency 'ex::a' failed", summary.Results[1].Reason);
    }

    /// <summary>Records the listener calls and cancels the run when the second job starts, if asked to.</summary>
    private sealed class Listener(CancellationTokenSource? cancelOnSecond) : IRunListener
    {
        public List<string> Started { get; } = [];

        public List<string> Finished { get; } = [];

        public void JobStarting(int position, int total, PlannedJob job)
        {
            Started.Add($"{position}/{total} {job.Unit.Id}");
            if (position == 2)
            {
                cancelOnSecond?.CancelAfter(TimeSpan.FromMilliseconds(200));
            }
        }

        public void JobFinished(int position, int total, JobResult result) =>
            Finished.Add($"{position}/{total} {result.JobId} {result.Outcome.ToString().ToLowerInvariant()}");
    }
}
