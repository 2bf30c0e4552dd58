using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace SessionToolkit.Generators.Tests.Infrastructure;

/// <summary>Runs <c>dotnet build</c> in a child process as a user would, and reads the diagnostics it prints.</summary>
public static class DotnetBuild
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private static readonly Regex DiagnosticLine = new(
        @"^(?<file>[^\s(]+)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>[A-Z]+\d+):",
        RegexOptions.Multiline
    );

    /// <summary>Runs <c>dotnet build</c> with <paramref name="arguments"/> in <paramref name="folder"/>.</summary>
    /// <returns>The exit code and the standard output followed by the standard error.</returns>
    public static async Task<(int ExitCode, string Output)> RunAsync(string folder, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("build");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        // The test host's MSBuild settings would point the child build at the test's own MSBuild instance, and
        // CI's TRX switch would give the child project a test logger.
        foreach (var name in start.Environment.Keys.Where(IsInheritedSetting).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet build did not finish within {Timeout.TotalMinutes} minutes.\n{await output}");
        }

        return (process.ExitCode, await output + await error);
    }

    /// <summary>
    /// Returns "File.cs(line,col): error ID" for each diagnostic in <paramref name="output"/>, once and sorted; the
    /// build prints each again in its closing summary.
    /// </summary>
    public static string[] Diagnostics(string output) =>
        DiagnosticLine
            .Matches(output)
            .Select(m =>
                $"{Path.GetFileName(m.Groups["file"].Value)}({m.Groups["line"].Value},{m.Groups["column"].Value}): "
                + $"{m.Groups["severity"].Value} {m.Groups["id"].Value}"
            )
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static bool IsInheritedSetting(string name) =>
        name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
        || name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
        || name.Equals("SessionToolkitTrxDirectory", StringComparison.OrdinalIgnoreCase);
}
