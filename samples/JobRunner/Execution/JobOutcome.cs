namespace JobRunner.Execution;

/// <summary>The outcome of a job, named as plainbox names them in its checkpoints.</summary>
public enum JobOutcome
{
    /// <summary>The command exited with code 0.</summary>
    Pass,

    /// <summary>The command exited with another code, was killed or timed out.</summary>
    Fail,

    /// <summary>The job did not run; <see cref="JobResult.Reason"/> gives the reason.</summary>
    Skip,
}
