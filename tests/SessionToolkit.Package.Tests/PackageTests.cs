using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using Xunit;

namespace SessionToolkit.Package.Tests;

/// <summary>Packs SessionToolkit and uses the package as a real client does, from a local folder feed.</summary>
public sealed class PackageTests(PackedPackage package) : IClassFixture<PackedPackage>
{
    [Fact]
    public void PackageHasExpectedFiles()
    {
        Assert.True(package.Pack.ExitCode == 0, package.Pack.ToString());
        using var archive = ZipFile.OpenRead(package.PackagePath);

        // The zip's own bookkeeping entries (_rels, [Content_Types].xml, package/) are left out.
        var files = archive
            .Entries.Select(entry => entry.FullName)
            .Where(name => !name.StartsWith('_') && !name.StartsWith('[') && !name.StartsWith("package/"))
            .Order(System.StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(
            [
                "README.md",
                "SessionToolkit.nuspec",
                "analyzers/dotnet/cs/SessionToolkit.CodeFixes.dll",
                "analyzers/dotnet/cs/SessionToolkit.Generators.dll",
                "build/SessionToolkit.props",
                "build/SessionToolkit.targets",
                "buildTransitive/SessionToolkit.props",
                "buildTransitive/SessionToolkit.targets",
                "lib/net10.0/SessionToolkit.dll",
                "lib/net10.0/SessionToolkit.xml",
            ],
            files
        );
    }

    [Fact]
    public void NuspecHasPublicMetadata()
    {
        Assert.True(package.Pack.ExitCode == 0, package.Pack.ToString());
        using var archive = ZipFile.OpenRead(package.PackagePath);
        using var stream = archive.GetEntry("SessionToolkit.nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(element => element.Name.LocalName == name).Value;
        string Attribute(string name, string attribute) =>
            metadata.Elements().Single(element => element.Name.LocalName == name).Attribute(attribute)!.Value;

        Assert.Equal("SessionToolkit", Value("id"));
        Assert.Equal(PackedPackage.Version, Value("version"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Equal("https://github.com/sessiontoolkit/SessionToolkit", Attribute("repository", "url"));
        Assert.Equal("https://github.com/sessiontoolkit/SessionToolkit", Value("projectUrl"));
        Assert.NotEqual("", Value("description"));
        var dependencies = metadata.Descendants().Where(element => element.Name.LocalName == "dependency");
        Assert.Equal(
            ["Microsoft.Extensions.Logging.Abstractions", "System.IO.Hashing"],
            dependencies.Select(element => element.Attribute("id")!.Value).Order()
        );
    }

    [Fact]
    public async Task ConsumerBuildsAndRuns()
    {
        Assert.True(package.Pack.ExitCode == 0, package.Pack.ToString());
        var consumer = ConsumerProject.Write(package.Root, package.Feed, PackedPackage.Version);

        File.WriteAllText(consumer.StateFile, ConsumerProject.NonPartialState);
        var broken = await DotnetCli.RunAsync(consumer.Folder, package.Packages, "build", "-nologo");

        File.WriteAllText(consumer.StateFile, ConsumerProject.PartialState);
        var build = await DotnetCli.RunAsync(consumer.Folder, package.Packages, "build", "-nologo");
        var run = await DotnetCli.RunAsync(consumer.Folder, package.Packages, "run", "--no-build");

        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains($"{consumer.StateFile}(4,14): error SESS001", broken.Output);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("0 Warning(s)", build.Output);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("status=Resumable title=nightly running=step-2 done=step-1\n", run.Output);
    }

    [Fact]
    public async Task ConsumerRecordsAndChecksSchema()
    {
        Assert.True(package.Pack.ExitCode == 0, package.Pack.ToString());
        var consumer = ConsumerProject.Write(package.Root, package.Feed, PackedPackage.Version, "schema-consumer");
        var schemaFile = Path.Combine(consumer.Folder, "SessionSchema.json");
        File.WriteAllText(consumer.StateFile, ConsumerProject.PartialState);

        var record = await DotnetCli.RunAsync(
            consumer.Folder,
            package.Packages,
            "build",
            "-nologo",
            "-p:UpdateSessionSchema=true"
        );
        var recorded = File.Exists(schemaFile) ? File.ReadAllText(schemaFile) : "(no schema file)";
        var tightened = ConsumerProject.PartialState.Replace(
            "public string? RunningStep { get; set; }",
            "public string RunningStep { get; set; } = \"\";"
        );
        File.WriteAllText(consumer.StateFile, tightened);
        var broken = await DotnetCli.RunAsync(consumer.Folder, package.Packages, "build", "-nologo");

        Assert.True(record.ExitCode == 0, record.ToString());
        Assert.Equal(
            """
            {
              "formatVersion": 1,
              "states": {
                "RunState": {
                  "type": "RunState",
                  "versions": {
                    "1": {
                      "members": {
                        "Done": { "type": "array<string>" },
                        "RunningStep": { "type": "string?" },
                        "Title": { "type": "string" }
                      }
                    }
                  }
                }
              }
            }

            """,
            recorded
        );
        Assert.NotEqual(0, broken.ExitCode);
        Assert.True(broken.Output.Contains($"{consumer.StateFile}(10,12): error SESS023"), broken.ToString());
        Assert.Equal(recorded, File.ReadAllText(schemaFile));
    }
}
