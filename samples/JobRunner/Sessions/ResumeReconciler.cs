using System.Collections.Generic;
using System.IO;
using JobRunner.Planning;

namespace JobRunner.Sessions;

/// <summary>
/// Decides, when a session is resumed, which stored results stay: the job that was running when the session
/// stopped is recorded as interrupted and loses any result, and so does every job whose definition changed
/// since its result was recorded. Both run again; the re-run truncates and replaces the job's IO-log file.
/// </summary>
public static class ResumeReconciler
{
    /// <summary>
    /// Applies the rules to <paramref name="session"/> for the freshly built <paramref name="plan"/> and writes
    /// one line per affected job to <paramref name="output"/>.
    /// </summary>
    public static void Reconcile(RunSession session, ExecutionPlan plan, TextWriter output)
    {
        if (session.RunningJobId is { } interrupted)
        {
            output.WriteLine($"interrupted: {interrupted} was running when the session stopped; running it again");
            session.InterruptedJobs.Add(interrupted);
            session.Results.Remove(interrupted);
            session.RunningJobId = null;
        }

        foreach (var job in plan.Jobs)
        {
            var jobId = job.Unit.Id;
            if (session.FindResult(jobId) is null)
            {
                continue;
            }

            var stored = session.JobChecksums.GetValueOrDefault(jobId);
            if (stored != JobChecksum.Compute(job.Unit))
            {
                output.WriteLine($"changed: the definition of {jobId} changed since its result; running it again");
                session.Results.Remove(jobId);
            }
        }

        SessionPlan.Adopt(session, plan);
    }
}
