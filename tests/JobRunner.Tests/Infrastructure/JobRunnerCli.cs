using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Tasks;
using JobRunner.Sessions;
using SessionToolkit;
using Xunit;

namespace JobRunner.Tests.Infrastructure;

/// <summary>The output of one finished <c>jobrunner</c> child process.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Starts the built <c>jobrunner.dll</c> as a child process on one repository folder.</summary>
internal sealed class JobRunnerCli(string repository)
{
    public const int SigInt = 2;
    public const int SigKill = 9;

    public string Repository { get; } = repository;

    public Process Start(params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "jobrunner.dll"));
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.ArgumentList.Add("--repository");
        startInfo.ArgumentList.Add(Repository);
        return Process.Start(startInfo)!;
    }

    public async Task<CliResult> RunAsync(params string[] arguments)
    {
        using var process = Start(arguments);
        return await FinishAsync(process);
    }

    public static async Task<CliResult> FinishAsync(Process process)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var output = process.StandardOutput.ReadToEndAsync(cancellation);
        var error = process.StandardError.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation);
        return new CliResult(process.ExitCode, await output, await error);
    }

    /// <summary>The one session folder of the repository.</summary>
    public SessionStorage OnlySession() => Assert.Single(new SessionStorageRepository(Repository).GetStorageList());

    public static RunSession ReadState(SessionStorage storage) =>
        SessionSerializer.Resume<RunSession>(storage.LoadCheckpoint());

    /// <summary>Returns the text of a job's IO log: the decoded bytes of every record, in order.</summary>
    public static string ReadIoLog(SessionStorage storage, string jobId)
    {
        var path = Path.Combine(storage.Location, SessionRecorder.RelativeIoLogPath(jobId));
        var text = new StringBuilder();
        foreach (var line in File.ReadAllLines(path).Where(line => line.Length > 0))
        {
            var base64 = line[(line.LastIndexOf(", \"", StringComparison.Ordinal) + 3)..^2];
            text.Append(Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
        }

        return text.ToString();
    }

    /// <summary>Waits up to a minute for <paramref name="path"/> to exist; fails the test when it does not.</summary>
    public static async Task WaitForFileAsync(Func<string?> path)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (path() is { } found && File.Exists(found))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), TestContext.Current.CancellationToken);
        }

        Assert.Fail("the file the test waits for did not appear within a minute");
    }

    /// <summary>Sends <paramref name="signal"/> to a process, or to a process group when <paramref name="pid"/> is negative.</summary>
    public static void Signal(int pid, int signal) => Kill(pid, signal);

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
