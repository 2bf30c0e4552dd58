using System.Collections.Generic;
using System.IO;
using JobRunner.Execution;
using JobRunner.Planning;
using SessionToolkit;

namespace JobRunner.Sessions;

/// <summary>
/// Records a run into its session and checkpoints around every job, then passes each event on to the progress
/// display. Before a job starts, the checkpoint names it in <see cref="RunSession.RunningJobId"/>, so that a
/// kill during the job leaves that trace; after it finishes, the result is stored, the running id cleared and
/// the session checkpointed again.
/// </summary>
public sealed class SessionRecorder(SessionManager<RunSession> manager, IRunListener progress) : IRunListener
{
    private RunSession Session => manager.State;

    /// <inheritdoc/>
    public void JobStarting(int position, int total, PlannedJob job)
    {
        // A job with a result from before the resume is only reported again, so it must not look like it runs.
        if (Session.FindResult(job.Unit.Id) is null)
        {
            Session.RunningJobId = job.Unit.Id;
            manager.Checkpoint();
        }

        progress.JobStarting(position, total, job);
    }

    /// <inheritdoc/>
    public void JobFinished(int position, int total, JobResult result)
    {
        if (Session.FindResult(result.JobId) is null)
        {
            Record(result);
        }

        progress.JobFinished(position, total, result);
    }

    /// <summary>
    /// Stores that <paramref name="jobId"/> was stopped while it ran, keeping it as the running job so that a resume
    /// runs it again, and checkpoints.
    /// </summary>
    public void RecordInterruption(string jobId)
    {
        if (Session.RunningJobId == jobId)
        {
            Session.InterruptedJobs.Add(jobId);
        }

        manager.Checkpoint();
    }

    /// <summary>Clears the incomplete flag once every planned job has a result, and checkpoints.</summary>
    public void RecordCompletion()
    {
        Session.RunningJobId = null;
        Session.Flags.Remove(RunSession.IncompleteFlag);
        manager.Checkpoint();
    }

    private void Record(JobResult result)
    {
        // Skipped jobs never open an IO log; every job that ran has one, named after its id.
        var ioLog = result.Outcome == JobOutcome.Skip ? null : RelativeIoLogPath(result.JobId);
        var interrupted = Session.InterruptedJobs.Contains(result.JobId);

        Session.Results[result.JobId] = [StoredResult.From(result, ioLog, interrupted)];
        Session.FinishedCount = CountFinished(Session);
        Session.RunningJobId = null;
        manager.Checkpoint();
    }

    /// <summary>Returns the IO-log path of <paramref name="jobId"/> relative to the session folder.</summary>
    public static string RelativeIoLogPath(string jobId) => Path.Combine("io-logs", IoLogFileName.For(jobId));

    /// <summary>Returns how many of the session's planned jobs have a result.</summary>
    public static int CountFinished(RunSession session)
    {
        var count = 0;
        foreach (var jobId in session.DesiredJobs)
        {
            count += session.FindResult(jobId) is null ? 0 : 1;
        }

        return count;
    }
}
