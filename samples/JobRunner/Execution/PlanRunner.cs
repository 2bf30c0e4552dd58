using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using JobRunner.Planning;

namespace JobRunner.Execution;

/// <summary>
/// Runs a plan job by job: skips the jobs the plan or a failed or skipped dependency rules out, runs the
/// others with <see cref="ShellJobExecutor"/>, and calls the listener before and after every job. Cancellation kills the
/// running job and returns a summary without that job's result, so the caller can checkpoint and resume it.
/// </summary>
public sealed class PlanRunner(ShellJobExecutor executor, RunOptions options, IRunListener listener)
{
    /// <summary>
    /// Runs <paramref name="plan"/>. Jobs with a result in <paramref name="previousResults"/> (from a resumed
    /// session) are not run again: their stored result is reported and counts for their dependants.
    /// </summary>
    public async Task<RunSummary> RunAsync(
        ExecutionPlan plan,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, JobResult>? previousResults = null
    )
    {
        var results = new List<JobResult>();
        var outcomes = new Dictionary<string, JobOutcome>(StringComparer.Ordinal);

        for (var index = 0; index < plan.Jobs.Count; index++)
        {
            var job = plan.Jobs[index];
            if (cancellationToken.IsCancellationRequested)
            {
                return new RunSummary(plan, results, job.Unit.Id);
            }

            listener.JobStarting(index + 1, plan.Jobs.Count, job);
            JobResult result;
            try
            {
                result = await RunOneAsync(job, outcomes, previousResults, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return new RunSummary(plan, results, job.Unit.Id);
            }

            results.Add(result);
            outcomes[result.JobId] = result.Outcome;
            listener.JobFinished(index + 1, plan.Jobs.Count, result);
        }

        return new RunSummary(plan, results, null);
    }

    private async Task<JobResult> RunOneAsync(
        PlannedJob job,
        Dictionary<string, JobOutcome> outcomes,
        IReadOnlyDictionary<string, JobResult>? previousResults,
        CancellationToken cancellationToken
    )
    {
        if (previousResults is not null && previousResults.TryGetValue(job.Unit.Id, out var previous))
        {
            return previous;
        }

        var reason = job.SkipReason ?? DependencyGate.FindBlockingReason(job.Unit, outcomes);
        if (reason is not null)
        {
            return JobResult.Skipped(job.Unit.Id, reason);
        }

        using var sink = new IoLogFileWriter(options.IoLogFolder, job.Unit.Id);
        return await executor
            .RunAsync(job.Unit, sink, options.SessionShare, options.Timeout, cancellationToken)
            .ConfigureAwait(false);
    }
}
