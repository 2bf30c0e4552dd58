using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SessionToolkit.Generators.Analyzers;
using SessionToolkit.Generators.Tests.Infrastructure;
using Xunit;

namespace SessionToolkit.Generators.Tests.Analyzers;

public class WellKnownDirectoriesAnalyzerTests
{
    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new SessionAnalyzerTest<WellKnownDirectoriesAnalyzer> { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);

        // Without the generator the partial properties have no implementing part (CS9248); this test is about
        // the analyzer alone.
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    private static DiagnosticResult At(
        Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor,
        params object[] arguments
    ) => new DiagnosticResult(descriptor).WithLocation(0).WithArguments(arguments);

    private static string WithPath(string path) =>
        $$"""
            using SessionToolkit;
            namespace Lab;
            [WellKnownDirectories]
            public partial class Dirs
            {
                [WellKnownDirectory({|#0:{{path}}|})] public partial string Logs { get; }
            }
            """;

    [Theory]
    [InlineData("\"\"", "", "the path is empty")]
    [InlineData("\"/var/logs\"", "/var/logs", "the path is rooted; write it relative to the session folder")]
    [InlineData("\"../logs\"", "../logs", "the path contains a '..' segment")]
    [InlineData("\"a/./b\"", "a/./b", "the path contains a '.' segment")]
    [InlineData("\".\"", ".", "the path contains a '.' segment")]
    [InlineData("\"logs/\"", "logs/", "the path ends with a separator")]
    [InlineData("\"a\\\\b\"", "a\\b", "the path contains '\\'; separate segments with '/'")]
    [InlineData("\"a//b\"", "a//b", "the path contains an empty segment")]
    [InlineData("\"a:b\"", "a:b", "the path contains the invalid character U+003A")]
    [InlineData("\"a\\tb\"", "a\tb", "the path contains the invalid character U+0009")]
    [InlineData("null", "", "the path is empty")]
    public Task InvalidPathOnLiteral(string literal, string path, string reason) =>
        VerifyAsync(WithPath(literal), At(DiagnosticDescriptors.InvalidDirectoryPath, path, reason));

    [Fact]
    public Task NestedPathIsQuiet() => VerifyAsync(WithPath("\"io-logs/raw\""));

    [Fact]
    public Task DuplicatePathOnSecondLiteral() =>
        VerifyAsync(
            """
            using SessionToolkit;
            namespace Lab;
            [WellKnownDirectories]
            public partial class Dirs
            {
                [WellKnownDirectory("logs")] public partial string Logs { get; }
                [WellKnownDirectory({|#0:"Logs"|})] public partial string MoreLogs { get; }
            }
            """,
            At(DiagnosticDescriptors.DuplicateDirectoryPath, "Logs", "MoreLogs", "Logs")
        );

    [Fact]
    public Task DistinctPathsAreQuiet() =>
        VerifyAsync(
            """
            using SessionToolkit;
            namespace Lab;
            [WellKnownDirectories]
            public partial class Dirs
            {
                [WellKnownDirectory("logs")] public partial string Logs { get; }
                [WellKnownDirectory("logs/raw")] public partial string RawLogs { get; }
            }
            """
        );

    [Fact]
    public Task ClashingPopulateOnIdentifier() =>
        VerifyAsync(
            """
            using SessionToolkit;
            namespace Lab;
            [WellKnownDirectories]
            public partial class ClashDirs
            {
                [WellKnownDirectory("logs")] public partial string Logs { get; }
                public void {|#0:Populate|}() { }
            }
            """,
            At(DiagnosticDescriptors.GeneratedMemberClash, "Populate", "Populate()")
        );

    [Theory]
    [InlineData("public {|#0:ClashDirs|}(SessionStorage s) { }", "ClashDirs", "ClashDirs(SessionStorage)")]
    [InlineData("public string[] {|#0:AllDirectories|} => [];", "AllDirectories", "AllDirectories")]
    [InlineData("public int {|#0:Storage|};", "Storage", "Storage")]
    [InlineData("public class {|#0:Storage|} { }", "Storage", "Storage")]
    [InlineData("public int {|#0:Populate|} { get; }", "Populate", "Populate()")]
    public Task ClashingMemberOnIdentifier(string member, string name, string generated) =>
        VerifyAsync(
            $$"""
            using SessionToolkit;
            namespace Lab;
            [WellKnownDirectories]
            public partial class ClashDirs
            {
                [WellKnownDirectory("logs")] public partial string Logs { get; }
                {{member}}
            }
            """,
            At(DiagnosticDescriptors.GeneratedMemberClash, name, generated)
        );

    [Fact]
    public Task OverloadsAreQuiet() =>
        VerifyAsync(
            """
            using SessionToolkit;
            namespace Lab;
            [WellKnownDirectories]
            public partial class ProbeDirs
            {
                [WellKnownDirectory("logs")] public partial string Logs { get; }
                public int Populate(string only) => only.Length;
                public ProbeDirs(string location) { }
            }
            """
        );

    [Theory]
    [InlineData("public string {|#0:Logs|} { get; } = \"\";", "it is not declared partial")]
    [InlineData("public static partial string {|#0:Logs|} { get; }", "it is static")]
    [InlineData("public partial int {|#0:Logs|} { get; }", "its type is 'int', not string")]
    [InlineData("public partial string {|#0:Logs|} { set; }", "it has no getter")]
    [InlineData("public partial string {|#0:Logs|} { get; set; }", "it has a setter or an init accessor")]
    [InlineData("public partial string {|#0:Logs|} { get; init; }", "it has a setter or an init accessor")]
    public Task MisdeclaredPropertyOnIdentifier(string property, string reason) =>
        VerifyAsync(
            $$"""
            using SessionToolkit;
            namespace Lab;
            [WellKnownDirectories]
            public partial class Dirs
            {
                [WellKnownDirectory("logs")] {{property}}
            }
            """,
            At(DiagnosticDescriptors.DirectoryPropertyNotGenerated, "Logs", reason)
        );

    [Fact]
    public Task MisdeclaredPropertyPathNotChecked() =>
        VerifyAsync(
            """
            using SessionToolkit;
            namespace Lab;
            [WellKnownDirectories]
            public partial class Dirs
            {
                [WellKnownDirectory("/rooted")] public string {|#0:Logs|} { get; } = "";
            }
            """,
            At(DiagnosticDescriptors.DirectoryPropertyNotGenerated, "Logs", "it is not declared partial")
        );

    [Fact]
    public Task NonPartialClassOnIdentifier() =>
        VerifyAsync(
            """
            using SessionToolkit;
            namespace Lab;
            [WellKnownDirectories]
            public class {|#0:Dirs|} { }
            """,
            At(DiagnosticDescriptors.TypeNotPartial, "Dirs", "")
        );
}
