using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using JobRunner.Cli;
using JobRunner.Tests.Infrastructure;
using SessionToolkit.Tests.Infrastructure;
using Xunit;

namespace JobRunner.Tests.Cli;

/// <summary>Runs the built <c>jobrunner</c> as a child process, as a user would.</summary>
public class CommandLineTests
{
    private readonly string _repository = Jobs.TempFolder();

    private static string Units(string text) => RealUnitFiles.TempFile(text);

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        using var process = Start(arguments);
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }

    private Process Start(string[] arguments)
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

        if (!arguments.Contains("--repository"))
        {
            startInfo.ArgumentList.Add("--repository");
            startInfo.ArgumentList.Add(_repository);
        }

        return Process.Start(startInfo)!;
    }

    [Fact]
    public async Task PassingRunExitsZero()
    {
        var file = Units("id: a\nplugin: shell\ncommand: echo hi\n\nid: b\nplugin: manual\n");

        var (exitCode, output, _) = await RunAsync("run", file);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("[1/2] pass", output);
        Assert.Contains("[2/2] skip  0.00s  com.canonical.certification::b  (plugin 'manual' needs a person)", output);
        Assert.Contains("1 passed, 0 failed, 1 skipped of 2 planned jobs", output);
    }

    [Fact]
    public async Task FailingJobExitsOne()
    {
        var file = Units("id: a\nplugin: shell\ncommand: exit 4\n");

        var (exitCode, output, _) = await RunAsync("run", file);

        Assert.Equal(ExitCodes.JobFailed, exitCode);
        Assert.Contains("com.canonical.certification::a: exit code 4", output);
    }

    [Fact]
    public async Task MalformedFileExitsTwo()
    {
        var file = Units("id: a\nplugin: shell\nnot a key line\n");

        var (exitCode, _, error) = await RunAsync("run", file);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.StartsWith($"jobrunner: {file}:3: invalid line 'not a key line'", error);
    }

    [Theory]
    [InlineData("absent.pxu")]
    [InlineData("absent-folder/smoke.pxu")]
    public async Task MissingFileExitsTwo(string relativePath)
    {
        var file = Path.Combine(_repository, relativePath);

        var (exitCode, _, error) = await RunAsync("run", file);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Equal($"jobrunner: The unit file '{file}' was not found.\n", error);
    }

    [Fact]
    public async Task UnknownOptionExitsTwo()
    {
        var (exitCode, _, error) = await RunAsync("run", "x.pxu", "--bogus");

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("--bogus", error);
    }

    [Fact]
    public async Task InvalidPatternExitsTwo()
    {
        var file = Units("id: a\nplugin: shell\ncommand: true\n");

        var (exitCode, _, error) = await RunAsync("run", file, "--include", "(");

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.StartsWith("jobrunner: invalid --include pattern '('", error);
    }

    [Fact]
    public async Task NonPositiveTimeoutExitsTwo()
    {
        var file = Units("id: a\nplugin: shell\ncommand: true\n");

        var (exitCode, _, _) = await RunAsync("run", file, "--timeout", "0");

        Assert.Equal(ExitCodes.BadInput, exitCode);
    }

    [Fact]
    public async Task TimeoutOptionIsUsed()
    {
        var file = Units("id: a\nplugin: shell\ncommand: sleep 30\n");

        var (exitCode, output, _) = await RunAsync("run", file, "--timeout", "0.5");

        Assert.Equal(ExitCodes.JobFailed, exitCode);
        Assert.Contains("(timed out after 0.5 s)", output);
    }

    [Theory]
    [InlineData("abc", "jobrunner: --timeout 'abc' is not a number of seconds.")]
    [InlineData("99999999999", "jobrunner: --timeout 99999999999 is out of range")]
    [InlineData("NaN", "jobrunner: --timeout NaN is out of range")]
    [InlineData("Infinity", "jobrunner: --timeout Infinity is out of range")]
    [InlineData("-5", "jobrunner: --timeout -5 is out of range")]
    public async Task InvalidTimeoutExitsTwo(string timeout, string message)
    {
        var file = Units("id: a\nplugin: shell\ncommand: true\n");

        var (exitCode, _, error) = await RunAsync("run", file, "--timeout", timeout);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.StartsWith(message, error);
    }

    [Fact]
    public async Task EmptySelectionExitsTwo()
    {
        var file = Units("id: a\nplugin: shell\ncommand: true\n");

        var (exitCode, _, error) = await RunAsync("run", file, "--include", "zzz");

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Equal("jobrunner: nothing to run: no job matches --include 'zzz'; no session was created.\n", error);
    }

    [Fact]
    public async Task FolderAsUnitFileExitsTwo()
    {
        var folder = Path.GetDirectoryName(Units("id: a\nplugin: shell\ncommand: true\n"))!;

        var (exitCode, _, error) = await RunAsync("run", folder);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.StartsWith($"jobrunner: '{folder}' is a folder, not a unit file", error);
    }

    [Fact]
    public async Task UnusableRepositoryExitsTwo()
    {
        var file = Units("id: a\nplugin: shell\ncommand: true\n");

        // A repository path below a regular file cannot be created, even by root.
        var (exitCode, _, error) = await RunAsync("run", file, "--repository", Path.Combine(file, "sub"));

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.StartsWith("jobrunner: cannot create the session folder:", error);
    }

    [Fact]
    public async Task SmokeUnitsRunAsDesigned()
    {
        var smoke = Path.Combine(SharedData.RepositoryRoot, "samples", "JobRunner", "units", "smoke.pxu");

        var (exitCode, output, _) = await RunAsync("run", smoke);

        Assert.Equal(ExitCodes.JobFailed, exitCode);
        Assert.Contains("8 passed, 1 failed, 3 skipped of 12 planned jobs", output);
        Assert.Contains("com.canonical.certification::failing: exit code 3", output);
        Assert.Contains(
            "com.canonical.certification::after-failing: dependency 'com.canonical.certification::failing' failed",
            output
        );
        Assert.Contains("com.canonical.certification::manual-check: plugin 'manual' needs a person", output);
        Assert.Contains(
            "com.canonical.certification::other-user: job runs as user 'jobrunner-nobody', "
                + $"but the runner is user '{Environment.UserName}'",
            output
        );
        Assert.Contains("requires not evaluated (the job ran or was skipped regardless): 1", output);
    }

    [Fact]
    public async Task HelpListsExitCodes()
    {
        var (exitCode, output, _) = await RunAsync("run", "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("130 interrupted", output);
    }

    [Fact]
    public async Task InterruptExits130()
    {
        var pidFile = Path.Combine(_repository, "child.pid");
        var file = Units(
            $"id: first\nplugin: shell\ncommand: true\n\n"
                + $"id: slow\nplugin: shell\ncommand: sleep 60 & echo $! > '{pidFile}'; echo started; wait\n"
        );
        using var process = Start(["run", file]);
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);

        await WaitForFileAsync(pidFile);
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString()]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(ExitCodes.Interrupted, process.ExitCode);
        Assert.Contains("interrupted during com.canonical.certification::slow, so 1 job has no result", await output);
        Assert.False(await ProcessWatch.IsAliveAfterReapAsync(int.Parse(File.ReadAllText(pidFile).Trim())));
    }

    private static async Task WaitForFileAsync(string path)
    {
        // Bounded so that a broken runner fails the test instead of hanging it.
        for (var attempt = 0; attempt < 300 && !File.Exists(path); attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), TestContext.Current.CancellationToken);
        }

        Assert.True(File.Exists(path), $"{path} was not written within 30 s");
    }
}
