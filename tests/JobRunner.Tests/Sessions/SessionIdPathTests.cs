using System.IO;
using System.Security.Cryptography;
using System.Threading.Tasks;
using JobRunner.Cli;
using JobRunner.Tests.Infrastructure;
using Xunit;

namespace JobRunner.Tests.Sessions;

/// <summary>
/// Session ids that are paths or empty are rejected by every command that takes an id, before any session is
/// looked up, and nothing beside or above the repository is touched.
/// </summary>
public sealed class SessionIdPathTests
{
    private const string OneJob = "id: a\nplugin: shell\ncommand: echo hi\n";

    private readonly JobRunnerCli _cli = new(Path.Combine(Jobs.TempFolder(), "repository"));

    [Theory]
    [InlineData("remove", "..")]
    [InlineData("remove", "../outside")]
    [InlineData("remove", "/")]
    [InlineData("remove", "")]
    [InlineData("show", ".")]
    [InlineData("resume", "../outside")]
    [InlineData("break-lock", "..")]
    [InlineData("show", "sub/dir")]
    public async Task PathIdRejected(string command, string id)
    {
        await _cli.RunAsync("run", RealUnitFiles.TempFile(OneJob));
        var session = _cli.OnlySession();
        var outside = Path.Combine(Path.GetDirectoryName(_cli.Repository)!, "outside");
        Directory.CreateDirectory(outside);
        var sentinel = Path.Combine(outside, "keep.bin");
        var bytes = RandomNumberGenerator.GetBytes(64);
        File.WriteAllBytes(sentinel, bytes);

        var result = await _cli.RunAsync(command, id);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(
            $"jobrunner: session id '{id}' is not valid: a session id is one folder name from 'jobrunner list', "
                + "not empty, not '.' or '..', and without '/'.\n",
            result.Error
        );
        Assert.True(Directory.Exists(session.Location));
        Assert.Equal(bytes, File.ReadAllBytes(sentinel));
        Assert.Equal([sentinel], Directory.GetFileSystemEntries(outside));
    }
}
