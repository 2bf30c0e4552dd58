using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SessionToolkit.Generators.Tests.Infrastructure;
using Xunit;

namespace SessionToolkit.Generators.Tests.Schema;

/// <summary>
/// A temporary folder for real <c>dotnet build</c> runs of consumer projects that import the SessionToolkit build
/// props and targets, with one artifacts folder, so the runtime and generator projects are built once for all
/// of them and the repository's own bin and obj folders are left alone.
/// </summary>
public sealed class SchemaBuildFolder : IDisposable
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    private static readonly Regex DiagnosticLine = new(
        @"^(?<file>[^\s(]+)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>[A-Z]+\d+):",
        RegexOptions.Multiline
    );

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("sessiontoolkit-schema-build-");

    public SchemaBuildFolder()
    {
        // The repository's settings (nullable, warnings as errors, documentation) apply to the copies as they do
        // to the sample in the repository.
        foreach (var name in new[] { "Directory.Build.props", "Directory.Packages.props" })
        {
            File.Copy(Path.Combine(Sources.RepositoryRoot, name), Path.Combine(_root.FullName, name));
        }
    }

    /// <summary>Full path of a project folder under the temporary folder.</summary>
    public string Folder(string name) => Directory.CreateDirectory(Path.Combine(_root.FullName, name)).FullName;

    /// <summary>
    /// Builds the project in <paramref name="folder"/>. After the first build of a project, pass
    /// <paramref name="incremental"/> to skip restoring and building its references again.
    /// </summary>
    public async Task<BuildResult> BuildAsync(string folder, bool incremental, params string[] properties)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var arguments = new List<string>
        {
            "build",
            "--nologo",
            "--disable-build-servers",
            "-nodeReuse:false",
            "-p:UseArtifactsOutput=true",
            "-p:ArtifactsPath=" + Path.Combine(_root.FullName, "artifacts"),
            "-p:SessionToolkitRoot=" + Sources.RepositoryRoot + Path.DirectorySeparatorChar,
        };
        arguments.AddRange(incremental ? ["--no-restore", "--no-dependencies"] : []);
        arguments.AddRange(properties.Select(p => "-p:" + p));
        arguments.ForEach(start.ArgumentList.Add);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        // The test host's MSBuild settings would point the child build at the test's own MSBuild instance, and
        // CI's TRX switch would give the copies a test logger.
        foreach (var name in start.Environment.Keys.Where(IsInheritedSetting).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new System.Threading.CancellationTokenSource(BuildTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet build did not finish within {BuildTimeout.TotalMinutes} minutes.\n{await output}");
        }

        var text = await output + await error;
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        return new BuildResult(process.ExitCode, text, Diagnostics(text));
    }

    public void Dispose() => _root.Delete(recursive: true);

    // "File.cs(line,col): error ID" for each diagnostic, once, sorted; the build prints each again in its summary.
    private static string[] Diagnostics(string output) =>
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

/// <summary>The exit code, the whole output and the diagnostics of one build.</summary>
public sealed record BuildResult(int ExitCode, string Output, string[] Diagnostics)
{
    public override string ToString() => $"exit code {ExitCode}\n{Output}";
}
