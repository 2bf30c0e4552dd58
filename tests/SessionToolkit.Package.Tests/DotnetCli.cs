using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;
using Xunit;

namespace SessionToolkit.Package.Tests;

/// <summary>The output of one finished <c>dotnet</c> command.</summary>
public sealed record CommandResult(int ExitCode, string Output)
{
    public override string ToString() => $"exit code {ExitCode}\n{Output}";
}

/// <summary>Runs the <c>dotnet</c> CLI as a user would, with a private NuGet package folder.</summary>
internal static class DotnetCli
{
    public static async Task<CommandResult> RunAsync(
        string workingDirectory,
        string packages,
        params string[] arguments
    )
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // The test host runs inside `dotnet test`, whose MSBuild variables would steer the child's build.
        var inherited = new List<string>();
        foreach (var name in startInfo.Environment.Keys)
        {
            if (
                name.StartsWith("MSBuild", System.StringComparison.OrdinalIgnoreCase)
                || name == "SessionToolkitTrxDirectory"
            )
            {
                inherited.Add(name);
            }
        }

        foreach (var name in inherited)
        {
            startInfo.Environment.Remove(name);
        }

        // A private package folder, so that the SessionToolkit 0.1.0 packed now is the one restored, never a
        // copy cached by an earlier run.
        startInfo.Environment["NUGET_PACKAGES"] = packages;
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(startInfo)!;
        var cancellation = TestContext.Current.CancellationToken;
        var output = process.StandardOutput.ReadToEndAsync(cancellation);
        var error = process.StandardError.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation);
        return new CommandResult(process.ExitCode, await output + await error);
    }
}
