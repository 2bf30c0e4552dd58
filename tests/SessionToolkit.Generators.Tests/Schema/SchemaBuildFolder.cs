using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
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
        var arguments = new List<string>
        {
            "--nologo",
            "--disable-build-servers",
            "-nodeReuse:false",
            "-p:UseArtifactsOutput=true",
            "-p:ArtifactsPath=" + Path.Combine(_root.FullName, "artifacts"),
            "-p:SessionToolkitRoot=" + Sources.RepositoryRoot + Path.DirectorySeparatorChar,
        };
        arguments.AddRange(incremental ? ["--no-restore", "--no-dependencies"] : []);
        arguments.AddRange(properties.Select(p => "-p:" + p));

        var (exitCode, output) = await DotnetBuild.RunAsync(folder, arguments);
        TestContext.Current.TestOutputHelper?.WriteLine(output);
        return new BuildResult(exitCode, output, DotnetBuild.Diagnostics(output));
    }

    public void Dispose() => _root.Delete(recursive: true);
}

/// <summary>The exit code, the whole output and the diagnostics of one build.</summary>
public sealed record BuildResult(int ExitCode, string Output, string[] Diagnostics)
{
    public override string ToString() => $"exit code {ExitCode}\n{Output}";
}
