using System;

namespace JobRunner.Execution;

/// <summary>The result of one job.</summary>
/// <param name="JobId">The qualified job id.</param>
/// <param name="Outcome">Pass, fail or skip.</param>
/// <param name="ReturnCode">The exit code of <c>bash</c>, or <c>null</c> when the job did not run or timed out.</param>
/// <param name="Duration">Wall-clock time from start to exit; zero for a skipped job.</param>
/// <param name="Reason">Why the job was skipped or failed without an exit code, or <c>null</c>.</param>
public sealed record JobResult(string JobId, JobOutcome Outcome, int? ReturnCode, TimeSpan Duration, string? Reason)
{
    /// <summary>Creates the result of a job that did not run.</summary>
    public static JobResult Skipped(string jobId, string reason) =>
        new(jobId, JobOutcome.Skip, null, TimeSpan.Zero, reason);
}
