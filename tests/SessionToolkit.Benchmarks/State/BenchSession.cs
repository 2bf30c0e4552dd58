using System;
using System.Collections.Generic;

namespace SessionToolkit.Benchmarks.State;

/// <summary>
/// A test-runner session as Checkbox keeps one: checksums and results by job id, the job list, and the metadata
/// a session listing shows. Both SessionToolkit's generator and System.Text.Json's serialize this same class.
/// </summary>
[SessionState(Version = 1, Naming = SessionNamingPolicy.SnakeCase)]
public sealed partial class BenchSession
{
    /// <summary>Title shown in session listings.</summary>
    [SessionMetadata]
    public string Title { get; set; } = "";

    /// <summary>Session flags such as <c>incomplete</c>.</summary>
    [SessionMetadata]
    public List<string> Flags { get; set; } = [];

    /// <summary>The job running at the checkpoint, or <c>null</c> between jobs.</summary>
    [SessionMetadata]
    public string? RunningJob { get; set; }

    /// <summary>Opaque data of the application that owns the session (base64 in JSON).</summary>
    [SessionMetadata]
    public byte[]? AppBlob { get; set; }

    /// <summary>The job ids to run, in order.</summary>
    public List<string> DesiredJobs { get; set; } = [];

    /// <summary>Job id to the 64-character SHA-256 checksum of its definition.</summary>
    public Dictionary<string, string> JobChecksums { get; set; } = [];

    /// <summary>Job id to the results of each run of the job.</summary>
    public Dictionary<string, List<BenchResult>> Results { get; set; } = [];
}

/// <summary>One run of one job.</summary>
[SessionData(Naming = SessionNamingPolicy.SnakeCase)]
public sealed partial class BenchResult
{
    /// <summary>Pass, fail or skip.</summary>
    public BenchOutcome Outcome { get; set; }

    /// <summary>Exit code of the job's command, or <c>null</c> when it did not run.</summary>
    public int? ReturnCode { get; set; }

    /// <summary>Wall-clock time of the run.</summary>
    public TimeSpan Duration { get; set; }

    /// <summary>The tester's or the runner's note, or <c>null</c>.</summary>
    public string? Comments { get; set; }

    /// <summary>Path of the run's IO log under the session folder.</summary>
    public string? IoLogPath { get; set; }
}

/// <summary>Outcome of a job run, written by name.</summary>
public enum BenchOutcome
{
    /// <summary>The job passed.</summary>
    Pass,

    /// <summary>The job failed.</summary>
    Fail,

    /// <summary>The job was skipped.</summary>
    Skip,
}
