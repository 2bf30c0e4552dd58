using System;
using System.Collections.Generic;
using SessionToolkit;

namespace JobRunner.Sessions;

/// <summary>
/// The state of one JobRunner session, checkpointed before and after every job. The members marked
/// <see cref="SessionMetadataAttribute"/> are what <c>jobrunner list</c> shows without reading the rest.
/// </summary>
/// <remarks>
/// Names are written in snake case, as plainbox writes its sessions. Bump <c>Version</c> and add a
/// <see cref="SessionMigrationAttribute"/> method when a persisted member changes meaning.
/// </remarks>
[SessionState(Version = 1, Directories = typeof(JobRunnerDirectories), Naming = SessionNamingPolicy.SnakeCase)]
public sealed partial class RunSession
{
    /// <summary>The flag a session carries until every job of its plan has a result.</summary>
    public const string IncompleteFlag = "incomplete";

    /// <summary>A short description for listings: the unit file names.</summary>
    [SessionMetadata]
    public string Title { get; set; } = "";

    /// <summary>State flags as plainbox keeps them, with <see cref="IncompleteFlag"/> while jobs remain.</summary>
    [SessionMetadata]
    public List<string> Flags { get; set; } = [];

    /// <summary>
    /// The job that was running at the last checkpoint, or <c>null</c> between jobs. A resumed session with a
    /// value here was stopped during that job.
    /// </summary>
    [SessionMetadata]
    public string? RunningJobId { get; set; }

    /// <summary>When the session was created.</summary>
    [SessionMetadata]
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>The number of jobs in the plan.</summary>
    [SessionMetadata]
    public int JobCount { get; set; }

    /// <summary>The number of planned jobs that have a result.</summary>
    [SessionMetadata]
    public int FinishedCount { get; set; }

    /// <summary>The unit files as full paths, in load order, so that a resume rebuilds the same plan.</summary>
    public List<string> UnitFiles { get; set; } = [];

    /// <summary>The <c>--include</c> patterns; empty for every job.</summary>
    public List<string> IncludePatterns { get; set; } = [];

    /// <summary>The namespace given to ids written without <c>::</c>.</summary>
    public string Namespace { get; set; } = "";

    /// <summary>The time a job may run before it is killed and fails.</summary>
    public TimeSpan Timeout { get; set; }

    /// <summary>Whether jobs that declare <c>user: root</c> run (<c>--run-root-jobs</c>); they are skipped otherwise.</summary>
    public bool RunRootJobs { get; set; }

    /// <summary>The qualified ids of the planned jobs, in run order.</summary>
    public List<string> DesiredJobs { get; set; } = [];

    /// <summary>
    /// The checksum of each planned job's definition (see <see cref="JobChecksum"/>), so that a resume notices a
    /// job whose unit changed since its result was recorded.
    /// </summary>
    public Dictionary<string, string> JobChecksums { get; set; } = [];

    /// <summary>
    /// The results by job id. The list has the shape of plainbox's result history, and JobRunner keeps exactly one
    /// entry in it: running a job again replaces its result.
    /// </summary>
    public Dictionary<string, List<StoredResult>> Results { get; set; } = [];

    /// <summary>The jobs that were running when the session was killed or stopped at some point.</summary>
    public HashSet<string> InterruptedJobs { get; set; } = [];

    /// <summary>Whether the session still has jobs without a result.</summary>
    public bool IsIncomplete => Flags.Contains(IncompleteFlag);

    /// <summary>Returns the result of <paramref name="jobId"/>, or <c>null</c> when it has none.</summary>
    public StoredResult? FindResult(string jobId) =>
        Results.TryGetValue(jobId, out var results) && results.Count > 0 ? results[^1] : null;
}
