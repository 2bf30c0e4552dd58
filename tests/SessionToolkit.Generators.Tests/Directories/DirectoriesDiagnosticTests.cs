using System.Linq;
using SessionToolkit.Generators.Tests.Infrastructure;
using Xunit;

namespace SessionToolkit.Generators.Tests.Directories;

/// <summary>
/// The directories generator emits nothing for a class with an error and reports nothing itself; the analyzer
/// tests (Analyzers/WellKnownDirectoriesAnalyzerTests) check each diagnostic's location and message.
/// </summary>
public class DirectoriesDiagnosticTests
{
    // An errored class gets only throwing implementations of its partial properties, so the compiler reports no
    // missing implementation part next to the analyzer's diagnostic.
    private static void AssertPlaceholdersOnly(GeneratorRun run)
    {
        Assert.Empty(run.Errors());
        var source = Assert.Single(run.GeneratedSources).SourceText.ToString();
        Assert.Contains("throw new global::System.InvalidOperationException(", source);
        Assert.DoesNotContain("Populate()", source);
    }

    private static string WithPath(string path) =>
        $$"""
            using SessionToolkit;
            namespace Lab;
            [WellKnownDirectories]
            public partial class Dirs
            {
                [WellKnownDirectory({{path}})] public partial string Logs { get; }
            }
            """;

    [Theory]
    [InlineData("\"\"", "the path is empty")]
    [InlineData("\"/var/logs\"", "the path is rooted; write it relative to the session folder")]
    [InlineData("\"../logs\"", "the path contains a '..' segment")]
    [InlineData("\"a/./b\"", "the path contains a '.' segment")]
    [InlineData("\".\"", "the path contains a '.' segment")]
    [InlineData("\"logs/\"", "the path ends with a separator")]
    [InlineData("\"a\\\\b\"", "the path contains '\\'; separate segments with '/'")]
    [InlineData("\"a//b\"", "the path contains an empty segment")]
    [InlineData("\"a:b\"", "the path contains the invalid character U+003A")]
    [InlineData("\"a\\tb\"", "the path contains the invalid character U+0009")]
    [InlineData("null", "the path is empty")]
    public void InvalidPathReported(string literal, string reason)
    {
        var run = DirectoriesRun.Run(WithPath(literal));

        Assert.Empty(run.GeneratorDiagnostics);
        var diagnostic = Assert.Single(run.Analyzed());
        Assert.Equal(["SESS006 6,25"], run.Positions());
        Assert.EndsWith("is invalid: " + reason, diagnostic.GetMessage());
        AssertPlaceholdersOnly(run);
    }

    [Fact]
    public void DuplicatePathReported()
    {
        var source = """
            using SessionToolkit;
            namespace Lab;
            [WellKnownDirectories]
            public partial class Dirs
            {
                [WellKnownDirectory("logs")] public partial string Logs { get; }
                [WellKnownDirectory("Logs")] public partial string MoreLogs { get; }
            }
            """;

        var run = DirectoriesRun.Run(source);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(["SESS007 7,25"], run.Positions());
        Assert.Equal(
            "Well-known directory path 'Logs' of property 'MoreLogs' is already used by property 'Logs'",
            run.Analyzed()[0].GetMessage()
        );
        AssertPlaceholdersOnly(run);
    }

    [Fact]
    public void ClashingPopulateReported()
    {
        var source = """
            using SessionToolkit;
            namespace Lab;
            [WellKnownDirectories]
            public partial class ClashDirs
            {
                [WellKnownDirectory("logs")] public partial string Logs { get; }
                public void Populate() { }
            }
            """;

        var run = DirectoriesRun.Run(source);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(["SESS010 7,17"], run.Positions());
        Assert.Equal(
            "Member 'Populate' clashes with the generated member 'Populate()'; rename it or change its signature",
            run.Analyzed()[0].GetMessage()
        );
        AssertPlaceholdersOnly(run);
        Assert.DoesNotContain(run.Errors(), d => d.Id is "CS0111" or "CS0102");
    }

    [Theory]
    [InlineData("public ClashDirs(SessionStorage s) { }", "SESS010 7,12", "ClashDirs(SessionStorage)")]
    [InlineData("public string[] AllDirectories => [];", "SESS010 7,21", "AllDirectories")]
    [InlineData("public int Storage;", "SESS010 7,16", "Storage")]
    [InlineData("public class Storage { }", "SESS010 7,18", "Storage")]
    [InlineData("public int Populate { get; }", "SESS010 7,16", "Populate()")]
    public void ClashingMemberReported(string member, string position, string generated)
    {
        var source = $$"""
            using SessionToolkit;
            namespace Lab;
            [WellKnownDirectories]
            public partial class ClashDirs
            {
                [WellKnownDirectory("logs")] public partial string Logs { get; }
                {{member}}
            }
            """;

        var run = DirectoriesRun.Run(source);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal([position], run.Positions());
        Assert.Contains($"the generated member '{generated}'", run.Analyzed()[0].GetMessage());
        AssertPlaceholdersOnly(run);
    }

    [Fact]
    public void NonPartialPropertyReported()
    {
        var source = """
            using SessionToolkit;
            namespace Lab;
            [WellKnownDirectories]
            public partial class Dirs
            {
                [WellKnownDirectory("logs")] public partial string Logs { get; }
                [WellKnownDirectory("cache")] public string Cache { get; } = "";
            }
            """;

        var run = DirectoriesRun.Run(source);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(["SESS027 7,49"], run.Positions());
        Assert.Equal(
            "Property 'Cache' has [WellKnownDirectory], but it is not declared partial, so the generator cannot give "
                + "it the directory's path; declare it as 'partial string Cache { get; }'",
            run.Analyzed()[0].GetMessage()
        );
        AssertPlaceholdersOnly(run);
    }

    [Fact]
    public void NonPartialClassReported()
    {
        var source = """
            using SessionToolkit;
            namespace Lab;
            [WellKnownDirectories]
            public class Dirs
            {
            }
            """;

        var run = DirectoriesRun.Run(source);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(["SESS001 4,14"], run.Positions());
        Assert.Empty(run.GeneratedSources);
    }

    [Fact]
    public void NonPartialContainerReportedOnce()
    {
        var source = """
            using SessionToolkit;
            namespace Lab;
            public class Outer
            {
                public partial class Middle
                {
                    [WellKnownDirectories]
                    public partial class Dirs { [WellKnownDirectory("a")] public partial string A { get; } }
                }
            }
            """;

        var run = DirectoriesRun.Run(source);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(["SESS001 3,14"], run.Positions());
        Assert.Equal(
            "Type 'Outer' must be declared partial because the generator adds code to it "
                + "(it contains 'Lab.Outer.Middle.Dirs')",
            run.Analyzed()[0].GetMessage()
        );
    }

    [Fact]
    public void NonPartialContainerOfTwoParts()
    {
        var source = """
            using SessionToolkit;
            namespace Lab;
            public class Outer
            {
                [WellKnownDirectories]
                public partial class Dirs { [WellKnownDirectory("a")] public partial string A { get; } }

                public partial class Dirs { [WellKnownDirectory("b")] public partial string B { get; } }
            }
            """;

        var run = DirectoriesRun.Run(source);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(["SESS001 3,14"], run.Positions());
        Assert.Empty(run.GeneratedSources);
    }

    [Fact]
    public void ErrorsHaveHelpLinks()
    {
        var run = DirectoriesRun.Run(WithPath("\"/x\""));

        Assert.Empty(run.GeneratorDiagnostics);
        var diagnostic = run.Analyzed().Single();
        Assert.Equal(DiagnosticDescriptors.HelpLinkBase + "SESS006.md", diagnostic.Descriptor.HelpLinkUri);
    }
}
