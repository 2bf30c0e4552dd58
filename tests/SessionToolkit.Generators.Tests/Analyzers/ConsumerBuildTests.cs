using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SessionToolkit.Generators.Tests.Infrastructure;
using Xunit;

namespace SessionToolkit.Generators.Tests.Analyzers;

/// <summary>
/// Builds a small consumer project with <c>dotnet build</c>, one file per rule, and checks that each rule is
/// printed at its file, line and column. The expected list is the whole output, so the test also fails when a
/// generator adds a compiler error of its own next to the diagnostics.
/// </summary>
public class ConsumerBuildTests
{
    /// <summary>One consumer file per rule: the rule, the file's text, and the text where the diagnostic starts.</summary>
    private static readonly (string Id, string Text, string Anchor)[] Rules =
    [
        ("SESS001", "[SessionState(Version = 1)]\npublic class Plain { public int A { get; set; } }\n", "Plain"),
        (
            "SESS002",
            "[SessionState(Version = 1)]\npublic partial class Run { public System.IO.Stream? Log { get; set; } }\n",
            "System.IO.Stream?"
        ),
        (
            "SESS003",
            "[SessionState(Version = 1)]\npublic partial class Dup\n{\n    public int A { get; set; }\n"
                + "    [Persist(Name = \"A\")] public int B { get; set; }\n}\n",
            "B {"
        ),
        (
            "SESS004",
            "[SessionState(Version = 1)]\npublic partial class Lease { [Persist] public readonly long Created = 17; }\n",
            "Created"
        ),
        (
            "SESS005",
            "[SessionState(Version = 2)]\npublic partial class Meter { [Persist(Since = 3)] public int A { get; set; } }\n",
            "Since = 3"
        ),
        (
            "SESS006",
            "[WellKnownDirectories]\npublic partial class BadDirs\n{\n"
                + "    [WellKnownDirectory(\"../logs\")] public partial string Logs { get; }\n}\n",
            "\"../logs\""
        ),
        (
            "SESS007",
            "[WellKnownDirectories]\npublic partial class TwinDirs\n{\n"
                + "    [WellKnownDirectory(\"logs\")] public partial string Logs { get; }\n"
                + "    [WellKnownDirectory(\"Logs\")] public partial string Output { get; }\n}\n",
            "\"Logs\""
        ),
        (
            "SESS008",
            "public class Other { }\n[SessionData, SessionDerivedType(typeof(Other), \"o\")]\n"
                + "public partial class Outcome { }\n",
            "typeof(Other)"
        ),
        (
            "SESS009",
            "[SessionState(Version = 2)]\npublic partial class Migrated\n{\n"
                + "    [SessionMigration(FromVersion = 1)] private static int Up(int session) => session;\n}\n",
            "Up("
        ),
        (
            "SESS010",
            "[WellKnownDirectories]\npublic partial class ClashDirs\n{\n"
                + "    [WellKnownDirectory(\"logs\")] public partial string Logs { get; }\n"
                + "    public void Populate() { }\n}\n",
            "Populate"
        ),
        (
            "SESS011",
            "[SessionState(Version = 1)]\npublic partial record Tagged([Transient] string Temp, int Id);\n",
            "Transient]"
        ),
        (
            "SESS012",
            "public abstract class StepBase { public int Order { get; init; } }\n[SessionState(Version = 1)]\n"
                + "public partial class NamedStep : StepBase { public new long Order { get; set; } }\n",
            "Order { get; set; } }\n"
        ),
        (
            "SESS013",
            "public sealed class IntConverter : ISessionConverter<int>\n{\n"
                + "    public void Write(System.Text.Json.Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);\n"
                + "    public int Read(ref System.Text.Json.Utf8JsonReader reader) => reader.GetInt32();\n}\n"
                + "[SessionState(Version = 1)]\npublic partial class Converted\n{\n"
                + "    [SessionConverter(typeof(IntConverter))] public string? A { get; set; }\n}\n",
            "typeof(IntConverter)"
        ),
        (
            "SESS014",
            "[SessionState(Version = 1)]\npublic partial class Titled { [SessionMetadata] public int Computed => 1; }\n",
            "Computed"
        ),
        (
            "SESS015",
            "[SessionState(Version = 1)]\npublic partial class Progress<T> { public T? Last { get; set; } }\n",
            "Progress"
        ),
    ];

    [Fact]
    public async Task EachRulePrintedAtItsPosition()
    {
        var folder = Directory.CreateTempSubdirectory("sessiontoolkit-consumer-");
        try
        {
            WriteProject(folder.FullName);

            var output = await BuildAsync(folder.FullName);
            TestContext.Current.TestOutputHelper?.WriteLine(output);

            var printed = DotnetBuild.Diagnostics(output);
            Assert.Equal(Rules.Select(Expected).OrderBy(line => line, StringComparer.Ordinal), printed);

            // The build prints each diagnostic again in its closing summary, so the counts show that no rule is
            // reported twice (by an analyzer and a generator, say).
            Assert.Contains($"    {Rules.Count(r => !IsWarning(r.Id))} Error(s)", output);
            Assert.Contains($"    {Rules.Count(r => IsWarning(r.Id))} Warning(s)", output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // SESS012 is info, which a build does not print, so the consumer's .editorconfig raises it to a warning.
    private static string Expected((string Id, string Text, string Anchor) rule)
    {
        var source = "using SessionToolkit;\n\n" + rule.Text;
        var offset = source.IndexOf(rule.Anchor, StringComparison.Ordinal);
        var before = source[..offset];
        var line = before.Count(c => c == '\n') + 1;
        var column = offset - before.LastIndexOf('\n');
        var severity = IsWarning(rule.Id) ? "warning" : "error";
        return $"{rule.Id}.cs({line},{column}): {severity} {rule.Id}";
    }

    private static bool IsWarning(string id) => id is "SESS011" or "SESS012";

    private static void WriteProject(string folder)
    {
        var root = Sources.RepositoryRoot;
        var runtime = Path.Combine(root, "runtime", "SessionToolkit", "SessionToolkit.csproj");
        var generators = Path.Combine(
            root,
            "generators",
            "SessionToolkit.Generators",
            "SessionToolkit.Generators.csproj"
        );
        File.WriteAllText(
            Path.Combine(folder, "Consumer.csproj"),
            $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{runtime}" />
                <ProjectReference Include="{generators}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
            </Project>
            """
        );

        // Empty files stop MSBuild from importing any Directory.*.props found above the temp folder.
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(
            Path.Combine(folder, ".editorconfig"),
            "root = true\n\n[*.cs]\ndotnet_diagnostic.SESS012.severity = warning\n"
        );
        foreach (var rule in Rules)
        {
            File.WriteAllText(Path.Combine(folder, rule.Id + ".cs"), "using SessionToolkit;\n\n" + rule.Text);
        }
    }

    // The build writes every bin and obj folder, the repository projects' included, under the temp folder's
    // artifacts path, so it leaves the repository's own build output alone.
    private static async Task<string> BuildAsync(string folder)
    {
        var arguments = new[]
        {
            "Consumer.csproj",
            "--nologo",
            "--disable-build-servers",
            "-nodeReuse:false",
            "-p:UseArtifactsOutput=true",
            "-p:ArtifactsPath=" + Path.Combine(folder, "artifacts"),
        };
        var (_, output) = await DotnetBuild.RunAsync(folder, arguments);
        return output;
    }
}
