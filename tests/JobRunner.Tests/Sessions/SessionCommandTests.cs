using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using JobRunner.Cli;
using JobRunner.Sessions;
using JobRunner.Tests.Infrastructure;
using SessionToolkit;
using Xunit;

namespace JobRunner.Tests.Sessions;

/// <summary>Runs the session commands of the built <c>jobrunner</c> as child processes on a temporary repository.</summary>
public sealed class SessionCommandTests
{
    private const string Namespace = "com.canonical.certification::";

    private const string TwoJobs = "id: a\nplugin: shell\ncommand: echo hi\n\nid: b\nplugin: shell\ncommand: exit 4\n";

    private readonly JobRunnerCli _cli = new(Jobs.TempFolder());

    private static string Units(string text) => RealUnitFiles.TempFile(text);

    [Fact]
    public async Task ShowPrintsResultTable()
    {
        await _cli.RunAsync("run", Units(TwoJobs));
        var id = _cli.OnlySession().Id;

        var show = await _cli.RunAsync("show", id[..12]);

        Assert.Equal(ExitCodes.Success, show.ExitCode);
        Assert.Contains($"session {id}: units.pxu", show.Output);
        Assert.Contains("2/2 jobs finished", show.Output);
        Assert.Contains($"pass         0      ", show.Output);
        Assert.Contains($"fail         4      ", show.Output);
        Assert.EndsWith($"{Namespace}b\n", show.Output);
    }

    [Fact]
    public async Task ExportWritesJsonReport()
    {
        await _cli.RunAsync("run", Units(TwoJobs));
        var storage = _cli.OnlySession();
        var file = Path.Combine(_cli.Repository, "report.json");

        var export = await _cli.RunAsync("export", storage.Id, "--output", file);
        using var report = JsonDocument.Parse(File.ReadAllText(file));
        var root = report.RootElement;
        var jobs = root.GetProperty("jobs");

        Assert.Equal(ExitCodes.Success, export.ExitCode);
        Assert.Equal($"wrote {file}\n", export.Output);
        Assert.Equal(storage.Id, root.GetProperty("session").GetString());
        Assert.True(root.GetProperty("complete").GetBoolean());
        Assert.Equal(1, root.GetProperty("counts").GetProperty("pass").GetInt32());
        Assert.Equal(1, root.GetProperty("counts").GetProperty("fail").GetInt32());
        Assert.Equal(2, jobs.GetArrayLength());
        Assert.Equal(Namespace + "a", jobs[0].GetProperty("id").GetString());
        Assert.Equal("pass", jobs[0].GetProperty("outcome").GetString());
        Assert.Equal("fail", jobs[1].GetProperty("outcome").GetString());
        Assert.Equal(4, jobs[1].GetProperty("return_code").GetInt32());
        Assert.False(jobs[1].GetProperty("interrupted").GetBoolean());
        Assert.Equal("hi\n", JobRunnerCli.ReadIoLog(storage, Namespace + "a"));
        Assert.True(File.Exists(jobs[0].GetProperty("io_log").GetString()));
    }

    [Fact]
    public async Task ExportToMissingFolderExitsTwo()
    {
        await _cli.RunAsync("run", Units(TwoJobs));
        var file = Path.Combine(_cli.Repository, "absent", "report.json");

        var export = await _cli.RunAsync("export", _cli.OnlySession().Id, "--output", file);

        Assert.Equal(ExitCodes.BadInput, export.ExitCode);
        Assert.StartsWith($"jobrunner: cannot write the report to {file}: ", export.Error);
    }

    [Fact]
    public async Task RemoveKeepsYoungest()
    {
        var file = Units(TwoJobs);
        for (var run = 0; run < 3; run++)
        {
            await _cli.RunAsync("run", file);
        }

        var sessions = new SessionStorageRepository(_cli.Repository).GetStorageList();
        var remove = await _cli.RunAsync("remove", "--keep", "1");
        var left = new SessionStorageRepository(_cli.Repository).GetStorageList();

        Assert.Equal(3, sessions.Count);
        Assert.Equal(ExitCodes.Success, remove.ExitCode);
        Assert.Equal($"removed {sessions[1].Id}\nremoved {sessions[2].Id}\n", remove.Output);
        Assert.Equal([sessions[0].Id], left.Select(storage => storage.Id));
    }

    [Fact]
    public async Task RemoveDeletesOneSession()
    {
        await _cli.RunAsync("run", Units(TwoJobs));
        var storage = _cli.OnlySession();

        var remove = await _cli.RunAsync("remove", storage.Id);

        Assert.Equal(ExitCodes.Success, remove.ExitCode);
        Assert.False(Directory.Exists(storage.Location));
    }

    [Fact]
    public async Task UnknownIdExitsTwo()
    {
        var show = await _cli.RunAsync("show", "20990101");

        Assert.Equal(ExitCodes.BadInput, show.ExitCode);
        Assert.Equal(
            $"jobrunner: no session '20990101' in {_cli.Repository}; run 'jobrunner list' to see the session ids.\n",
            show.Error
        );
    }

    [Fact]
    public async Task LockedSessionNeedsBreakLock()
    {
        await _cli.RunAsync("run", Units(TwoJobs));
        var storage = _cli.OnlySession();
        var next = Path.Combine(storage.Location, SessionStorage.NextCheckpointFileName);
        File.WriteAllBytes(next, [1, 2, 3]);

        var list = await _cli.RunAsync("list");
        var resume = await _cli.RunAsync("resume", storage.Id);
        var breakLock = await _cli.RunAsync("break-lock", storage.Id);
        var listAfter = await _cli.RunAsync("list");

        Assert.Contains("locked", list.Output);
        Assert.Equal(ExitCodes.BadInput, resume.ExitCode);
        Assert.Contains($"run 'jobrunner break-lock {storage.Id} --repository {_cli.Repository}' first.", resume.Error);
        Assert.Equal(ExitCodes.Success, breakLock.ExitCode);
        Assert.Equal(
            $"removed the leftover session.next of {storage.Id}; its last checkpoint is kept\n",
            breakLock.Output
        );
        Assert.False(File.Exists(next));
        Assert.Contains("complete", listAfter.Output);
    }

    [Fact]
    public async Task BreakLockRemovesPlantedFolder()
    {
        await _cli.RunAsync("run", Units(TwoJobs));
        var storage = _cli.OnlySession();
        var next = Path.Combine(storage.Location, SessionStorage.NextCheckpointFileName);
        Directory.CreateDirectory(Path.Combine(next, "inside"));

        var breakLock = await _cli.RunAsync("break-lock", storage.Id);

        Assert.Equal(ExitCodes.Success, breakLock.ExitCode);
        Assert.Equal(
            $"removed the leftover session.next of {storage.Id}; its last checkpoint is kept\n",
            breakLock.Output
        );
        Assert.False(Directory.Exists(next));
    }

    [Fact]
    public async Task LockedSessionNamedWithoutId()
    {
        await _cli.RunAsync("run", Units(TwoJobs));
        var storage = _cli.OnlySession();
        File.WriteAllBytes(Path.Combine(storage.Location, SessionStorage.NextCheckpointFileName), [1, 2, 3]);

        var resume = await _cli.RunAsync("resume");

        Assert.Equal(ExitCodes.BadInput, resume.ExitCode);
        Assert.Contains($"Session {storage.Id} has a leftover session.next", resume.Error);
        Assert.Contains($"run 'jobrunner break-lock {storage.Id} --repository {_cli.Repository}' first.", resume.Error);
    }

    [Fact]
    public async Task DamagedSessionIsListed()
    {
        await _cli.RunAsync("run", Units(TwoJobs));
        var good = _cli.OnlySession();
        DamagedSession();

        var list = await _cli.RunAsync("list");
        var lines = list.Output.Split('\n');

        Assert.Equal(ExitCodes.Success, list.ExitCode);
        Assert.StartsWith($"{good.Id}", lines[1]);
        Assert.Contains(" complete ", lines[1]);
        Assert.StartsWith("20200101T000000000Z-damaged.session", lines[2]);
        Assert.Contains(" corrupted ", lines[2]);
        Assert.StartsWith("  reason: ", lines[3]);
    }

    [Fact]
    public async Task RecoveredSessionIsListed()
    {
        await _cli.RunAsync("run", Units(TwoJobs));
        var storage = _cli.OnlySession();
        Truncate(storage.SessionFile);

        var list = await _cli.RunAsync("list");
        var lines = list.Output.Split('\n');

        Assert.Equal(ExitCodes.Success, list.ExitCode);
        Assert.StartsWith(storage.Id, lines[1]);
        Assert.Contains(" recovered ", lines[1]);
        Assert.StartsWith($"  reason: The checkpoint '{storage.SessionFile}' is corrupted: ", lines[2]);
    }

    [Fact]
    public async Task RecoveredSessionResumes()
    {
        await _cli.RunAsync("run", Units(TwoJobs));
        var storage = _cli.OnlySession();
        Truncate(storage.SessionFile);

        var resume = await _cli.RunAsync("resume", storage.Id);
        var listAfter = await _cli.RunAsync("list");

        Assert.Equal(ExitCodes.JobFailed, resume.ExitCode);
        Assert.StartsWith(
            $"jobrunner: warning: session {storage.Id}: The checkpoint '{storage.SessionFile}' is corrupted: ",
            resume.Error
        );
        Assert.Contains(
            "Using the checkpoint before it, so the jobs that finished after that checkpoint have no result and run "
                + "again on resume.",
            resume.Error
        );
        Assert.Contains($"resuming session {storage.Id}", resume.Output);
        Assert.Contains(" complete ", listAfter.Output);
        Assert.Equal(2, JobRunnerCli.ReadState(storage).FinishedCount);
        Assert.NotEmpty(SessionSerializer.Resume<RunSession>(storage.LoadPreviousCheckpoint()).Title);
    }

    [Fact]
    public async Task RecoveredSessionIsShown()
    {
        await _cli.RunAsync("run", Units(TwoJobs));
        var storage = _cli.OnlySession();
        Truncate(storage.SessionFile);

        var show = await _cli.RunAsync("show", storage.Id);

        Assert.Equal(ExitCodes.Success, show.ExitCode);
        Assert.Contains($"session {storage.Id}: units.pxu", show.Output);
        Assert.StartsWith($"jobrunner: warning: session {storage.Id}: ", show.Error);
    }

    [Fact]
    public async Task CorruptedSessionIsQuarantined()
    {
        var damaged = DamagedSession();
        var reason = new SessionStorageRepository(_cli.Repository).Scan<RunSession>().Single().Reason;

        var resume = await _cli.RunAsync("resume", damaged.Id);
        var quarantine = await _cli.RunAsync("quarantine", damaged.Id);
        var list = await _cli.RunAsync("list");
        var destination = Path.Combine(_cli.Repository, ".quarantine", damaged.Id);

        Assert.Equal(ExitCodes.BadInput, resume.ExitCode);
        Assert.EndsWith(
            $"Run 'jobrunner quarantine {damaged.Id} --repository {_cli.Repository}' to move it out of the list.\n",
            resume.Error
        );
        Assert.Equal(ExitCodes.Success, quarantine.ExitCode);
        Assert.Equal($"moved session {damaged.Id} to {destination}\n", quarantine.Output);
        Assert.False(Directory.Exists(damaged.Location));
        Assert.Equal(reason, File.ReadAllLines(Path.Combine(destination, "quarantine-reason.txt"))[1]);
        Assert.DoesNotContain(damaged.Id, list.Output);
    }

    [Fact]
    public async Task ReadableSessionIsNotQuarantined()
    {
        await _cli.RunAsync("run", Units(TwoJobs));
        var storage = _cli.OnlySession();

        var quarantine = await _cli.RunAsync("quarantine", storage.Id);

        Assert.Equal(ExitCodes.BadInput, quarantine.ExitCode);
        Assert.Equal(
            $"jobrunner: session {storage.Id} is complete, not corrupted; only a session whose checkpoints are "
                + "unreadable is quarantined.\n",
            quarantine.Error
        );
        Assert.True(Directory.Exists(storage.Location));
    }

    [Fact]
    public async Task ChangedJobRunsAgain()
    {
        var file = Units(TwoJobs);
        await _cli.RunAsync("run", file);
        var storage = _cli.OnlySession();
        File.WriteAllText(file, TwoJobs.Replace("exit 4", "exit 0"));

        var resume = await _cli.RunAsync("resume", storage.Id);
        var session = JobRunnerCli.ReadState(storage);

        Assert.Equal(ExitCodes.Success, resume.ExitCode);
        Assert.Contains(
            $"changed: the definition of {Namespace}b changed since its result; running it again",
            resume.Output
        );
        Assert.DoesNotContain($"changed: the definition of {Namespace}a", resume.Output);
        Assert.Equal(0, session.FindResult(Namespace + "b")!.ReturnCode);
        Assert.Single(session.Results[Namespace + "b"]);
    }

    [Fact]
    public async Task ResumeOfOpenSessionExitsTwo()
    {
        var run = _cli.Start(
            "run",
            Units("id: slow\nplugin: shell\ncommand: touch \"$PLAINBOX_SESSION_SHARE/started\"; sleep 60\n")
        );
        SessionStorage? storage = null;
        await JobRunnerCli.WaitForFileAsync(() =>
        {
            storage = new SessionStorageRepository(_cli.Repository).GetStorageList().FirstOrDefault();
            return storage is null ? null : Path.Combine(storage.Location, "share", "started");
        });

        var runnerId = run.Id;
        var resume = await _cli.RunAsync("resume", storage!.Id);
        var resumeDefault = await _cli.RunAsync("resume");
        var list = await _cli.RunAsync("list");
        JobRunnerCli.Signal(runnerId, JobRunnerCli.SigInt);
        var stopped = await JobRunnerCli.FinishAsync(run);
        var session = JobRunnerCli.ReadState(storage);
        run.Dispose();

        Assert.Equal(ExitCodes.BadInput, resume.ExitCode);
        Assert.Contains($"process {runnerId} holds its lock", resume.Error);
        Assert.Equal(ExitCodes.BadInput, resumeDefault.ExitCode);
        Assert.Equal(
            $"jobrunner: no interrupted session to resume in {_cli.Repository}. The session '{storage.Location}' is "
                + $"in use: process {runnerId} holds its lock. Wait for it to finish or stop it first.\n",
            resumeDefault.Error
        );
        Assert.Contains(" in-use ", list.Output);
        Assert.Equal(ExitCodes.Interrupted, stopped.ExitCode);
        Assert.Contains(
            $"resume it with: jobrunner resume {storage.Id} --repository {_cli.Repository}",
            stopped.Output
        );
        Assert.Equal(Namespace + "slow", session.RunningJobId);
        Assert.Equal([Namespace + "slow"], session.InterruptedJobs);
        Assert.Empty(session.Results);
    }

    private SessionStorage DamagedSession()
    {
        var damaged = Directory.CreateDirectory(Path.Combine(_cli.Repository, "20200101T000000000Z-damaged.session"));
        File.WriteAllBytes(Path.Combine(damaged.FullName, SessionStorage.CheckpointFileName), [0x1f, 0x8b, 8, 0]);
        return new SessionStorage(damaged.FullName);
    }

    /// <summary>Cuts the file to half its length, as a write torn by a power loss could leave it.</summary>
    private static void Truncate(string file)
    {
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
    }
}
