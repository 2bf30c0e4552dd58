using System;
using System.Collections.Generic;
using System.Linq;
using JobRunner.Execution;
using JobRunner.Planning;
using JobRunner.Units;
using Xunit;

namespace JobRunner.Tests.Planning;

public class PlanBuilderTests
{
    private static ExecutionPlan Plan(string text, params string[] includes) =>
        PlanBuilder.Build(UnitCatalog.Parse([("plan.pxu", text)], "ex"), includes, "root");

    private static List<string> Ids(ExecutionPlan plan) => [.. plan.Jobs.Select(job => JobId.Partial(job.Unit.Id))];

    private static string? Reason(ExecutionPlan plan, string partialId) =>
        plan.Jobs.Single(job => job.Unit.Id == "ex::" + partialId).SkipReason;

    private static string Job(string id, string extra = "") =>
        $"id: {id}\nplugin: shell\ncommand: true\n{(extra.Length == 0 ? "" : extra + "\n")}\n";

    [Fact]
    public void FileOrderWithoutDependencies()
    {
        var plan = Plan(Job("c") + Job("a") + Job("b"));

        Assert.Equal(["c", "a", "b"], Ids(plan));
    }

    [Fact]
    public void DependsRunsFirst()
    {
        var plan = Plan(Job("a", "depends: c") + Job("b") + Job("c"));

        Assert.Equal(["b", "c", "a"], Ids(plan));
    }

    [Fact]
    public void AfterRunsFirst()
    {
        var plan = Plan(Job("a", "after: b") + Job("b"));

        Assert.Equal(["b", "a"], Ids(plan));
    }

    [Fact]
    public void ChainOrderIsStable()
    {
        var plan = Plan(Job("d", "depends: c") + Job("c", "depends: b") + Job("x") + Job("b") + Job("y"));

        Assert.Equal(["x", "b", "c", "d", "y"], Ids(plan));
    }

    [Fact]
    public void IncludeIsFullMatch()
    {
        var plan = Plan(Job("echo") + Job("echo-2") + Job("ech"), "echo");

        Assert.Equal(["echo"], Ids(plan));
    }

    [Fact]
    public void IncludeMatchesQualifiedId()
    {
        var plan = Plan(Job("a") + Job("b"), "ex::b");

        Assert.Equal(["b"], Ids(plan));
    }

    [Fact]
    public void IncludePullsInDepends()
    {
        var plan = Plan(Job("base") + Job("other") + Job("top", "depends: base"), "top");

        Assert.Equal(["base", "top"], Ids(plan));
    }

    [Fact]
    public void IncludeDoesNotPullInAfter()
    {
        var plan = Plan(Job("base") + Job("top", "after: base"), "top");

        Assert.Equal(["top"], Ids(plan));
    }

    [Theory]
    [InlineData("(", "invalid --include pattern '(': Invalid pattern '(' at offset 1. Not enough )'s.")]
    [InlineData("a)|(b", "invalid --include pattern 'a)|(b': Invalid pattern 'a)|(b' at offset 2. Too many )'s.")]
    public void InvalidPatternIsRejected(string pattern, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => Plan(Job("a"), pattern));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void NonJobUnitsAreLeftOut()
    {
        var plan = Plan("unit: category\nid: cat\n_name: Things\n\n" + Job("a"));

        Assert.Equal(["a"], Ids(plan));
    }

    [Theory]
    [InlineData("manual", "plugin 'manual' needs a person")]
    [InlineData("user-interact", "plugin 'user-interact' needs a person")]
    [InlineData("user-verify", "plugin 'user-verify' needs a person")]
    [InlineData("user-interact-verify", "plugin 'user-interact-verify' needs a person")]
    [InlineData("resource", "plugin 'resource' is not supported (only shell and attachment jobs run)")]
    public void PluginSkipReason(string plugin, string reason)
    {
        var plan = Plan($"id: a\nplugin: {plugin}\ncommand: true\n");

        Assert.Equal(reason, Reason(plan, "a"));
    }

    [Theory]
    [InlineData("shell")]
    [InlineData("attachment")]
    public void RunnablePluginHasNoReason(string plugin)
    {
        var plan = Plan($"id: a\nplugin: {plugin}\ncommand: true\n");

        Assert.Null(Reason(plan, "a"));
    }

    [Fact]
    public void MissingPluginReason()
    {
        var plan = Plan("id: a\ncommand: true\n");

        Assert.Equal("job has no plugin", Reason(plan, "a"));
    }

    [Fact]
    public void MissingCommandReason()
    {
        var plan = Plan("id: a\nplugin: shell\n");

        Assert.Equal("job has no command", Reason(plan, "a"));
    }

    [Fact]
    public void TemplateReason()
    {
        var plan = Plan("unit: template\nid: t_{name}\nplugin: shell\ncommand: echo {name}\n");

        Assert.Equal(
            "template unit: templates are instantiated from resource jobs, which this runner does not run",
            Reason(plan, "t_{name}")
        );
    }

    [Fact]
    public void OtherUserReason()
    {
        var plan = Plan(Job("a", "user: somebody"));

        Assert.Equal("job runs as user 'somebody', but the runner is user 'root'", Reason(plan, "a"));
    }

    [Fact]
    public void RootJobSkippedByDefault()
    {
        var plan = Plan(Job("a", "user: root"));

        Assert.Equal(SkipReasons.RootJobNotAllowed, Reason(plan, "a"));
        Assert.Contains("--run-root-jobs", Reason(plan, "a"));
    }

    [Fact]
    public void RootJobRunsWhenAllowed()
    {
        var catalog = UnitCatalog.Parse([("plan.pxu", Job("a", "user: root"))], "ex");

        var plan = PlanBuilder.Build(catalog, [], "root", runRootJobs: true);

        Assert.Null(plan.Jobs.Single().SkipReason);
    }

    [Fact]
    public void RootJobNeedsRootEvenWhenAllowed()
    {
        var catalog = UnitCatalog.Parse([("plan.pxu", Job("a", "user: root"))], "ex");

        var plan = PlanBuilder.Build(catalog, [], "alice", runRootJobs: true);

        Assert.Equal("job runs as user 'root', but the runner is user 'alice'", plan.Jobs.Single().SkipReason);
    }

    [Fact]
    public void MissingDependencyReason()
    {
        var plan = Plan(Job("a", "depends: gone"));

        Assert.Equal("dependency 'ex::gone' is missing", Reason(plan, "a"));
    }

    [Fact]
    public void MissingAfterIsIgnored()
    {
        var plan = Plan(Job("a", "after: gone"));

        Assert.Null(Reason(plan, "a"));
    }

    [Fact]
    public void CycleReasonNamesPath()
    {
        var plan = Plan(Job("a", "depends: b") + Job("b", "depends: a") + Job("c"));

        Assert.Equal(["c", "a", "b"], Ids(plan));
        Assert.Equal("dependency cycle: ex::a -> ex::b -> ex::a", Reason(plan, "a"));
        Assert.Equal("dependency cycle: ex::b -> ex::a -> ex::b", Reason(plan, "b"));
        Assert.Null(Reason(plan, "c"));
    }

    [Fact]
    public void SelfDependencyIsCycle()
    {
        var plan = Plan(Job("a", "depends: a"));

        Assert.Equal("dependency cycle: ex::a -> ex::a", Reason(plan, "a"));
    }

    [Fact]
    public void JobWaitingOnCycleIsNotOnIt()
    {
        var plan = Plan(Job("a", "depends: b") + Job("b", "after: a") + Job("d", "depends: a"));

        Assert.Equal(["a", "b", "d"], Ids(plan));
        Assert.Null(Reason(plan, "d"));
        Assert.Equal("dependency cycle: ex::a -> ex::b -> ex::a", Reason(plan, "a"));
    }

    [Fact]
    public void RequiresIsFlagged()
    {
        var plan = Plan(Job("a", "requires: package.name == 'x'") + Job("b"));

        Assert.True(plan.Jobs[0].HasUnevaluatedRequires);
        Assert.False(plan.Jobs[1].HasUnevaluatedRequires);
    }

    [Fact]
    public void GateReportsFailedDependency()
    {
        var unit = Plan(Job("a") + Job("b", "depends: a")).Jobs[1].Unit;
        var outcomes = new Dictionary<string, JobOutcome> { ["ex::a"] = JobOutcome.Fail };

        Assert.Equal("dependency 'ex::a' failed", DependencyGate.FindBlockingReason(unit, outcomes));
    }

    [Fact]
    public void GateReportsSkippedDependency()
    {
        var unit = Plan(Job("a") + Job("b", "depends: a")).Jobs[1].Unit;
        var outcomes = new Dictionary<string, JobOutcome> { ["ex::a"] = JobOutcome.Skip };

        Assert.Equal("dependency 'ex::a' was skipped", DependencyGate.FindBlockingReason(unit, outcomes));
    }

    [Fact]
    public void GatePassesPassedDependency()
    {
        var unit = Plan(Job("a") + Job("b", "depends: a")).Jobs[1].Unit;
        var outcomes = new Dictionary<string, JobOutcome> { ["ex::a"] = JobOutcome.Pass };

        Assert.Null(DependencyGate.FindBlockingReason(unit, outcomes));
    }

    [Fact]
    public void GateIgnoresAfter()
    {
        var unit = Plan(Job("a") + Job("b", "after: a")).Jobs[1].Unit;
        var outcomes = new Dictionary<string, JobOutcome> { ["ex::a"] = JobOutcome.Fail };

        Assert.Null(DependencyGate.FindBlockingReason(unit, outcomes));
    }
}
