using System.IO;
using System.Threading.Tasks;
using SessionToolkit.Generators.Tests.Infrastructure;
using Xunit;

namespace SessionToolkit.Generators.Tests.Schema;

/// <summary>
/// The schema checks in real builds: the worked example's history breaks the build when a migration is undone or a
/// persisted type changes, and <c>-p:UpdateSessionSchema=true</c> writes the schema file while a normal build never
/// does.
/// </summary>
public sealed class SchemaBuildTests(SchemaBuildFolder builds) : IClassFixture<SchemaBuildFolder>
{
    private const string RenameMigration = """
            [SessionMigration(FromVersion = 1)]
            private static JsonObject RenameTitle(JsonObject session)
            {
                session["package"] = session["title"]?.DeepClone();
                session.Remove("title");
                return session;
            }

        """;

    [Fact]
    public async Task ExampleHistoryIsProtected()
    {
        var folder = CopyExample();
        var stateFile = Path.Combine(folder, "InstallState.cs");
        var schemaFile = Path.Combine(folder, "SessionSchema.json");
        var original = File.ReadAllText(stateFile);
        var schema = File.ReadAllBytes(schemaFile);
        Assert.Contains(RenameMigration, original);

        var green = await builds.BuildAsync(folder, incremental: false);
        var withoutMigration = original.Replace(RenameMigration, "");
        File.WriteAllText(stateFile, withoutMigration);
        var noMigration = await builds.BuildAsync(folder, incremental: true);
        File.WriteAllText(stateFile, original);
        var migrationBack = await builds.BuildAsync(folder, incremental: true);
        var retyped = original.Replace("List<string> DoneSteps", "List<int> DoneSteps");
        File.WriteAllText(stateFile, retyped);
        var typeChanged = await builds.BuildAsync(folder, incremental: true);
        File.WriteAllText(stateFile, original);
        var typeBack = await builds.BuildAsync(folder, incremental: true);

        Assert.True(green.ExitCode == 0, green.ToString());
        Assert.Empty(green.Diagnostics);
        Assert.Equal(
            [$"InstallState.cs({SchemaHarness.Position(withoutMigration, "InstallState\n")}): error SESS021"],
            noMigration.Diagnostics
        );
        Assert.Contains(
            "Member 'title' of state type 'InstallState' is in version 1 but not in version 2",
            noMigration.Output
        );
        Assert.True(migrationBack.ExitCode == 0, migrationBack.ToString());
        Assert.Equal(
            [$"InstallState.cs({SchemaHarness.Position(retyped, "List<int>")}): error SESS023"],
            typeChanged.Diagnostics
        );
        Assert.Contains(
            "Member 'done_steps[]' of state type 'InstallState' changed from string to int32",
            typeChanged.Output
        );
        Assert.True(typeBack.ExitCode == 0, typeBack.ToString());
        Assert.Empty(typeBack.Diagnostics);
        Assert.Equal(schema, File.ReadAllBytes(schemaFile));
    }

    [Fact]
    public async Task UpdateSwitchRoundTrips()
    {
        const string Version1 = """
            using SessionToolkit;

            namespace Recorder;

            /// <summary>A state whose schema the build records.</summary>
            [SessionState(Version = 1)]
            public partial class Run
            {
                /// <summary>The run's title.</summary>
                public string Title { get; set; } = "";
            }
            """;
        var version2 = Version1
            .Replace("Version = 1", "Version = 2")
            .Replace(
                "    public string Title { get; set; } = \"\";",
                "    public string Title { get; set; } = \"\";\n\n    /// <summary>Retries so far.</summary>\n"
                    + "    [Persist(Since = 2)]\n    public int Retries { get; set; }"
            );
        var folder = WriteRecorder(
            "namespace Recorder;\n\n/// <summary>Not a state.</summary>\npublic class Plain { }\n"
        );
        var schemaFile = Path.Combine(folder, "SessionSchema.json");

        var noStates = await builds.BuildAsync(folder, incremental: false, "UpdateSessionSchema=true");
        var createdWithoutStates = File.Exists(schemaFile);
        File.WriteAllText(Path.Combine(folder, "Run.cs"), Version1);
        var normal = await builds.BuildAsync(folder, incremental: true);
        var createdByNormalBuild = File.Exists(schemaFile);
        var update = await builds.BuildAsync(folder, incremental: true, "UpdateSessionSchema=true");
        var recorded1 = File.ReadAllText(schemaFile);
        File.WriteAllText(Path.Combine(folder, "Run.cs"), version2);
        var normalAfterEdit = await builds.BuildAsync(folder, incremental: true);
        var unchanged = File.ReadAllText(schemaFile);
        var updateAfterEdit = await builds.BuildAsync(folder, incremental: true, "UpdateSessionSchema=true");

        Assert.True(noStates.ExitCode == 0, noStates.ToString());
        Assert.Contains(
            "SessionToolkit: the project has no state types, so no schema file was written.",
            noStates.Output
        );
        Assert.False(createdWithoutStates, "a recording without state types created the schema file");
        Assert.True(normal.ExitCode == 0, normal.ToString());
        Assert.False(createdByNormalBuild, "a normal build created the schema file");
        Assert.True(update.ExitCode == 0, update.ToString());
        Assert.Contains($"SessionToolkit: recorded the schema in {schemaFile}.", update.Output);
        Assert.Equal(SchemaHarness.Record(Version1), recorded1);
        Assert.True(normalAfterEdit.ExitCode == 0, normalAfterEdit.ToString());
        Assert.Equal(recorded1, unchanged);
        Assert.True(updateAfterEdit.ExitCode == 0, updateAfterEdit.ToString());
        Assert.Equal(SchemaHarness.Record(version2, recorded1), File.ReadAllText(schemaFile));
        Assert.Contains("\"2\": {", File.ReadAllText(schemaFile));
    }

    private string CopyExample()
    {
        var source = Path.Combine(Sources.RepositoryRoot, "samples", "SchemaHistory");
        var folder = builds.Folder("SchemaHistory");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("bin") || relative.StartsWith("obj"))
            {
                continue;
            }

            var target = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return folder;
    }

    private string WriteRecorder(string source)
    {
        var folder = builds.Folder("Recorder");
        File.WriteAllText(
            Path.Combine(folder, "Recorder.csproj"),
            """
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="$(SessionToolkitRoot)runtime/SessionToolkit/build/SessionToolkit.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="$(SessionToolkitRoot)runtime/SessionToolkit/SessionToolkit.csproj" />
                <ProjectReference
                  Include="$(SessionToolkitRoot)generators/SessionToolkit.Generators/SessionToolkit.Generators.csproj"
                  OutputItemType="Analyzer"
                  ReferenceOutputAssembly="false"
                />
              </ItemGroup>
              <Import Project="$(SessionToolkitRoot)runtime/SessionToolkit/build/SessionToolkit.targets" />
            </Project>
            """
        );
        File.WriteAllText(Path.Combine(folder, "Plain.cs"), source);
        return folder;
    }
}
