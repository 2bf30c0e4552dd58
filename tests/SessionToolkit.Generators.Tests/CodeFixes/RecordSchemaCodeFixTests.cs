using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using SessionToolkit.CodeFixes;
using SessionToolkit.Generators.Analyzers;
using SessionToolkit.Generators.Tests.Infrastructure;
using Xunit;

namespace SessionToolkit.Generators.Tests.CodeFixes;

public class RecordSchemaCodeFixTests
{
    private const string Version1 = """
        using SessionToolkit;

        namespace Lab;

        [SessionState({|#1:Version = 1|})]
        public partial class {|#0:Run|}
        {
            public string Title { get; set; } = "";
        }
        """;

    // The fix writes UTF-8 without a byte order mark, as the build's copy does.
    private static SourceText Utf8(string text) => SourceText.From(text, new UTF8Encoding(false));

    private static string Plain(string markup) => markup.Replace("{|#1:", "").Replace("{|#0:", "").Replace("|}", "");

    [Fact]
    public Task CreatesMissingFile()
    {
        var test = new SessionCodeFixTest<SessionSchemaAnalyzer, RecordSchemaCodeFix>
        {
            TestCode = Version1,
            FixedCode = Plain(Version1),
        };
        test.ExpectedDiagnostics.Add(
            new DiagnosticResult(DiagnosticDescriptors.SchemaNotRecorded)
                .WithLocation(0)
                .WithArguments(
                    "State type 'Run' has no recorded schema, because the project has no schema file (SessionSchema.json)"
                )
        );
        test.FixedState.AdditionalFiles.Add(("SessionSchema.json", Utf8(SchemaHarness.Record(Plain(Version1)))));
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public Task RecordsChangedVersionOverOldRecord()
    {
        var schema = SchemaHarness.Record(Plain(Version1));
        var changed = Version1.Replace(
            "    public string Title",
            "    public int Retries { get; set; }\n    public string Title"
        );
        var test = new SessionCodeFixTest<SessionSchemaAnalyzer, RecordSchemaCodeFix>
        {
            TestCode = changed,
            FixedCode = Plain(changed),
        };
        test.TestState.AdditionalFiles.Add(("SessionSchema.json", schema));
        test.ExpectedDiagnostics.Add(
            new DiagnosticResult(DiagnosticDescriptors.ShapeChangedWithoutVersionBump)
                .WithLocation(1)
                .WithArguments(
                    "Run",
                    "1",
                    "'Retries' was added. Bump Version, with a migration where old checkpoints need one, or record the "
                        + "shape again if version 1 was never released"
                )
        );
        test.FixedState.AdditionalFiles.Add(("SessionSchema.json", Utf8(SchemaHarness.Record(Plain(changed), schema))));
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public Task AddsNewVersionToHistory()
    {
        var schema = SchemaHarness.Record(Plain(Version1));
        var bumped = Version1
            .Replace("Version = 1", "Version = 2")
            .Replace(
                "    public string Title",
                "    [Persist(Since = 2)] public int Retries { get; set; }\n    public string Title"
            );
        var test = new SessionCodeFixTest<SessionSchemaAnalyzer, RecordSchemaCodeFix>
        {
            TestCode = bumped,
            FixedCode = Plain(bumped),
        };
        test.TestState.AdditionalFiles.Add(("SessionSchema.json", schema));
        test.ExpectedDiagnostics.Add(
            new DiagnosticResult(DiagnosticDescriptors.SchemaNotRecorded)
                .WithLocation(0)
                .WithArguments("Version 2 of state type 'Run' is not recorded in the schema file")
        );
        test.FixedState.AdditionalFiles.Add(("SessionSchema.json", Utf8(SchemaHarness.Record(Plain(bumped), schema))));
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public Task RecordsTypeChangeOfUnreleasedVersion()
    {
        var schema = SchemaHarness.Record(Plain(Version1));
        var changed = Version1
            .Replace("    public string Title", "    public {|#2:int|} Title")
            .Replace(" = \"\";", "");
        var test = new SessionCodeFixTest<SessionSchemaAnalyzer, RecordSchemaCodeFix>
        {
            TestCode = changed,
            FixedCode = Plain(changed).Replace("{|#2:", ""),
        };
        test.TestState.AdditionalFiles.Add(("SessionSchema.json", schema));
        test.ExpectedDiagnostics.Add(
            new DiagnosticResult(DiagnosticDescriptors.IncompatibleTypeChange)
                .WithLocation(2)
                .WithArguments(
                    "Title",
                    "Run",
                    "string",
                    "int32",
                    "1",
                    "values written as string cannot be read as int32",
                    "bump Version and add a [SessionMigration(FromVersion = 1)] method that converts the value, or "
                        + "record the shape again if version 1 was never released"
                )
        );
        var fixedText = SchemaHarness.Record(Plain(changed).Replace("{|#2:", ""), schema);
        test.FixedState.AdditionalFiles.Add(("SessionSchema.json", Utf8(fixedText)));
        return test.RunAsync(TestContext.Current.CancellationToken);
    }
}
