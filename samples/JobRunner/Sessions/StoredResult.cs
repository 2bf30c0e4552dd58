using System;
using JobRunner.Execution;
using SessionToolkit;

namespace JobRunner.Sessions;

/// <summary>The result of one job as a checkpoint stores it.</summary>
[SessionData(Naming = SessionNamingPolicy.SnakeCase)]
public sealed partial class StoredResult
{
    /// <summary>Pass, fail or skip.</summary>
    public JobOutcome Outcome { get; set; }

    /// <summary>The exit code of <c>bash</c>, or <c>null</c> when the job did not run or timed out.</summary>
    public int? ReturnCode { get; set; }

    /// <summary>Wall-clock time from start to exit; zero for a skipped job.</summary>
    public TimeSpan Duration { get; set; }

    /// <summary>Why the job was skipped or failed without an exit code, or <c>null</c>.</summary>
    public string? Comments { get; set; }

    /// <summary>The IO-log file relative to the session folder, or <c>null</c> for a job that did not run.</summary>
    public string? IoLog { get; set; }

    /// <summary>
    /// Whether an earlier attempt at this job was interrupted (the runner was killed or stopped while it ran),
    /// so this result comes from running it again.
    /// </summary>
    public bool Interrupted { get; set; }

    /// <summary>Creates the stored form of <paramref name="result"/>.</summary>
    public static StoredResult From(JobResult result, string? ioLog, bool interrupted) =>
        new()
        {
            Outcome = result.Outcome,
            ReturnCode = result.ReturnCode,
            Duration = result.Duration,
            Comments = result.Reason,
            IoLog = ioLog,
            Interrupted = interrupted,
        };

    /// <summary>Returns the engine's form of this result for the job <paramref name="jobId"/>.</summary>
    public JobResult ToJobResult(string jobId) => new(jobId, Outcome, ReturnCode, Duration, Comments);
}
