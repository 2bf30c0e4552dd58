using System.Collections.Generic;
using System.Linq;
using JobRunner.Planning;

namespace JobRunner.Execution;

/// <summary>What a run did: the plan, the result of every job that finished, and whether it was interrupted.</summary>
/// <param name="Plan">The plan that was run.</param>
/// <param name="Results">One result per finished job, in run order.</param>
/// <param name="InterruptedJobId">The job that was running when the run was cancelled, or <c>null</c>.</param>
public sealed record RunSummary(ExecutionPlan Plan, IReadOnlyList<JobResult> Results, string? InterruptedJobId)
{
    /// <summary>Whether cancellation stopped the run before every job had a result.</summary>
    public bool Interrupted => Results.Count < Plan.Jobs.Count;

    /// <summary>The number of jobs that passed.</summary>
    public int Passed => Count(JobOutcome.Pass);

    /// <summary>The number of jobs that failed.</summary>
    public int Failed => Count(JobOutcome.Fail);

    /// <summary>The number of jobs that were skipped.</summary>
    public int Skipped => Count(JobOutcome.Skip);

    private int Count(JobOutcome outcome) => Results.Count(result => result.Outcome == outcome);
}
