using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using JobRunner.Cli;
using JobRunner.Execution;
using JobRunner.Tests.Infrastructure;
using SessionToolkit;
using Xunit;

namespace JobRunner.Tests.Sessions;

/// <summary>
/// Kills a real <c>jobrunner run</c> with SIGKILL in the middle of a job, resumes it, and checks what a user
/// relies on: one result per job, the interrupted job run again, every job's output in its IO log.
/// </summary>
public sealed class KillAndResumeTests
{
    private const string Namespace = "com.canonical.certification::";
    private const string SlowJob = Namespace + "slow";
    private const int SlowPosition = 6;
    private const int JobCount = 12;

    private readonly JobRunnerCli _cli = new(Jobs.TempFolder());

    [Fact]
    public async Task KilledRunResumes()
    {
        var units = RealUnitFiles.TempFile(UnitText());

        // The run: wait until the slow job has written its process group id, so it is certainly running.
        var run = _cli.Start("run", units);
        SessionStorage? storage = null;
        await JobRunnerCli.WaitForFileAsync(() =>
        {
            storage = new SessionStorageRepository(_cli.Repository).GetStorageList().FirstOrDefault();
            return storage is null ? null : Path.Combine(storage.Location, "share", "slow.pid");
        });
        var running = JobRunnerCli.ReadState(storage!);

        // SIGKILL, and then the job's own group, which lives on because it is a session of its own.
        run.Kill(entireProcessTree: false);
        await run.WaitForExitAsync(TestContext.Current.CancellationToken);
        var jobGroup = int.Parse(File.ReadAllText(Path.Combine(storage!.Location, "share", "slow.pid")).Trim());
        JobRunnerCli.Signal(-jobGroup, JobRunnerCli.SigKill);
        run.Dispose();

        var listBefore = await _cli.RunAsync("list");
        var resume = await _cli.RunAsync("resume");
        var listAfter = await _cli.RunAsync("list");
        var session = JobRunnerCli.ReadState(storage);

        Assert.Equal(SlowJob, running.RunningJobId);
        Assert.Equal(SlowPosition - 1, running.FinishedCount);
        Assert.Equal(["incomplete", $"{SlowPosition - 1}/{JobCount}"], ListRow(listBefore.Output, storage.Id)[1..3]);
        Assert.Equal(ExitCodes.Success, resume.ExitCode);
        Assert.Contains(
            $"interrupted: {SlowJob} was running when the session stopped; running it again",
            resume.Output
        );
        Assert.Contains($"{JobCount} passed, 0 failed, 0 skipped of {JobCount} planned jobs", resume.Output);
        Assert.Equal(["complete", $"{JobCount}/{JobCount}"], ListRow(listAfter.Output, storage.Id)[1..3]);

        Assert.Equal(JobCount, session.DesiredJobs.Count);
        Assert.Null(session.RunningJobId);
        Assert.Equal(JobCount, session.FinishedCount);
        foreach (var jobId in session.DesiredJobs)
        {
            var results = session.Results[jobId];
            Assert.Single(results);
            Assert.Equal(jobId == SlowJob, results[0].Interrupted);
            Assert.Equal(JobOutcome.Pass, results[0].Outcome);
        }

        Assert.Equal([SlowJob], session.InterruptedJobs);
        Assert.Equal(ExpectedRuns(), File.ReadAllLines(Path.Combine(storage.Location, "share", "runs.txt")));

        foreach (var name in JobNames().Where(name => name != "slow"))
        {
            Assert.Equal($"output of {name}\n", JobRunnerCli.ReadIoLog(storage, Namespace + name));
        }

        // The re-run truncated the slow job's IO log, so only its second run is in it.
        Assert.Equal("slow starting\nslow second run\n", JobRunnerCli.ReadIoLog(storage, SlowJob));
    }

    private static string[] ListRow(string output, string id) =>
        output
            .Split('\n')
            .Single(line => line.StartsWith(id, System.StringComparison.Ordinal))
            .Split(' ', System.StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string> JobNames()
    {
        for (var position = 1; position <= JobCount; position++)
        {
            yield return position == SlowPosition ? "slow" : $"job-{position:00}";
        }
    }

    // Jobs before the slow one ran once before the kill; the slow job twice; the rest once after the resume.
    private static string[] ExpectedRuns()
    {
        var runs = new List<string>();
        foreach (var name in JobNames())
        {
            runs.Add(name);
        }

        runs.Insert(SlowPosition, "slow");
        return [.. runs];
    }

    // Each job after the first waits for its predecessor through `after`, so the order is fixed, and records
    // each of its runs in the share folder, which the session keeps across the resume.
    private static string UnitText()
    {
        var text = new StringBuilder();
        string? previous = null;
        foreach (var name in JobNames())
        {
            text.Append($"id: {name}\nplugin: shell\n");
            if (previous is not null)
            {
                text.Append($"after: {previous}\n");
            }

            text.Append(
                name == "slow"
                    ? SlowCommand
                    : $"command:\n echo \"output of {name}\"\n echo {name} >> \"$PLAINBOX_SESSION_SHARE/runs.txt\"\n"
            );
            text.Append('\n');
            previous = name;
        }

        return text.ToString();
    }

    // The first run writes its process id, which setsid makes its group id too, and sleeps until it is killed.
    // The second run, after the resume, finishes at once.
    private const string SlowCommand =
        "command:\n"
        + " echo slow starting\n"
        + " echo slow >> \"$PLAINBOX_SESSION_SHARE/runs.txt\"\n"
        + " if [ -e \"$PLAINBOX_SESSION_SHARE/slow.pid\" ]; then echo slow second run; exit 0; fi\n"
        + " echo $$ > \"$PLAINBOX_SESSION_SHARE/slow.pid\"\n"
        + " sleep 120\n";
}
