using System;
using System.IO;
using System.Threading.Tasks;
using SessionToolkit.Tests.Infrastructure;
using Xunit;

namespace SessionToolkit.Package.Tests;

/// <summary>
/// Packs runtime/SessionToolkit once for the test class, into a temporary folder that serves as a local feed.
/// The build goes to its own artifacts folder, so it never touches the bin and obj folders of the clone.
/// </summary>
public sealed class PackedPackage : IAsyncLifetime
{
    public const string Version = "0.1.0";

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("sessiontoolkit-package-");

    public string Feed => Path.Combine(_root.FullName, "feed");

    public string Packages => Path.Combine(_root.FullName, "packages");

    public string Root => _root.FullName;

    public string PackagePath => Path.Combine(Feed, $"SessionToolkit.{Version}.nupkg");

    public CommandResult Pack { get; private set; } = new(-1, "not packed");

    public async ValueTask InitializeAsync()
    {
        var project = Path.Combine(SharedData.RepositoryRoot, "runtime", "SessionToolkit", "SessionToolkit.csproj");
        var artifacts = Path.Combine(_root.FullName, "artifacts");
        Pack = await DotnetCli.RunAsync(Root, Packages, "pack", project, "-o", Feed, "--artifacts-path", artifacts);
    }

    public ValueTask DisposeAsync()
    {
        _root.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}
