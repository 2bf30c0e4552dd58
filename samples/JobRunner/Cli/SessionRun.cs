using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using JobRunner.Execution;
using JobRunner.Planning;
using JobRunner.Sessions;
using SessionToolkit;
using Spectre.Console;

namespace JobRunner.Cli;

/// <summary>
/// Runs a plan inside an open session, for both <c>run</c> and <c>resume</c>: progress on the console, a
/// checkpoint around every job, and the summary at the end.
/// </summary>
public static class SessionRun
{
    /// <summary>
    /// Runs <paramref name="plan"/> in the session of <paramref name="manager"/>, skipping the jobs that already
    /// have a result there, and returns the exit code.
    /// </summary>
    public static async Task<int> RunAsync(
        SessionManager<RunSession> manager,
        SessionStorageRepository repository,
        ExecutionPlan plan,
        TextWriter output,
        CancellationToken cancellationToken
    )
    {
        var session = manager.State;
        var directories = new JobRunnerDirectories(manager.Storage);
        var options = new RunOptions(directories.IoLogs, directories.Share, session.Timeout);
        var previous = PreviousResults(session);

        RunSummary summary;
        SessionRecorder? recorder = null;
        IRunListener Record(IRunListener progress) => recorder = new SessionRecorder(manager, progress);

        // The live display only makes sense on a terminal; a pipe or file gets one stable line per job.
        var executor = new ShellJobExecutor();
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            var runner = new PlanRunner(executor, options, Record(new PlainProgress(output)));
            summary = await runner.RunAsync(plan, cancellationToken, previous);
        }
        else
        {
            var live = new LiveProgress(AnsiConsole.Console);
            summary = await live.ShowAsync(listener =>
                new PlanRunner(executor, options, Record(listener)).RunAsync(plan, cancellationToken, previous)
            );
        }

        if (summary.InterruptedJobId is { } stopped)
        {
            recorder!.RecordInterruption(stopped);
        }
        else
        {
            recorder!.RecordCompletion();
        }

        SummaryWriter.Write(output, summary, directories.IoLogs);
        WriteSessionLine(output, manager.Storage, repository, summary.Interrupted);
        return summary.Interrupted ? ExitCodes.Interrupted
            : summary.Failed > 0 ? ExitCodes.JobFailed
            : ExitCodes.Success;
    }

    private static Dictionary<string, JobResult> PreviousResults(RunSession session)
    {
        var previous = new Dictionary<string, JobResult>(StringComparer.Ordinal);
        foreach (var jobId in session.DesiredJobs)
        {
            if (session.FindResult(jobId) is { } stored)
            {
                previous[jobId] = stored.ToJobResult(jobId);
            }
        }

        return previous;
    }

    private static void WriteSessionLine(
        TextWriter output,
        SessionStorage storage,
        SessionStorageRepository repository,
        bool interrupted
    )
    {
        output.WriteLine($"session: {storage.Id}");
        if (interrupted)
        {
            output.WriteLine($"resume it with: jobrunner resume {storage.Id}{RepositoryOption.Suffix(repository)}");
        }
    }
}
