using JobRunner.Planning;

namespace JobRunner.Execution;

/// <summary>
/// Hears about each job of a run as it starts and finishes. <see cref="JobFinished"/> is called before the
/// next job starts, so it is the place to checkpoint a session.
/// </summary>
public interface IRunListener
{
    /// <summary>Called before <paramref name="job"/>, the <paramref name="position"/>-th of <paramref name="total"/>, starts or is skipped.</summary>
    void JobStarting(int position, int total, PlannedJob job);

    /// <summary>Called once <paramref name="result"/> is known, before the next job starts.</summary>
    void JobFinished(int position, int total, JobResult result);
}
