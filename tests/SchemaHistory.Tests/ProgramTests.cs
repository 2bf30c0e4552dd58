using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using SessionToolkit.Tests.Infrastructure;
using Xunit;

namespace SchemaHistory.Tests;

/// <summary>The sample program, run as a child process the way the README runs it.</summary>
public class ProgramTests
{
    private static readonly string Checkpoints = Path.Combine(
        SharedData.RepositoryRoot,
        "samples",
        "SchemaHistory",
        "checkpoints"
    );

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Checkpoints,
        };
        start.ArgumentList.Add(typeof(InstallState).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task PrintsEachResumedCheckpoint()
    {
        var (exitCode, output, error) = await RunAsync("install-v1.session", "install-v2.session");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Equal(
            """
            install-v1.session: version 1
              package:    nightly-tools 2.4
              done steps: download, verify
              timeout:    00:01:30
              mirror:     (none)
            install-v2.session: version 2
              package:    nightly-tools 2.5
              done steps: download
              timeout:    00:02:00
              mirror:     (none)

            """,
            output
        );
    }

    [Fact]
    public async Task MissingFileExitsWithOne()
    {
        var (exitCode, output, error) = await RunAsync("install-v9.session", "install-v1.session");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("schemahistory: install-v9.session: Could not find file", error);
        Assert.StartsWith("install-v1.session: version 1\n", output);
    }

    [Fact]
    public async Task NoArgumentsExitsWithTwo()
    {
        var (exitCode, _, error) = await RunAsync();

        Assert.Equal(2, exitCode);
        Assert.StartsWith("usage: schemahistory CHECKPOINT...\n", error);
    }
}
