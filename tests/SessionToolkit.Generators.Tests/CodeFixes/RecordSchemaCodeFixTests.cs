using System.Text;
using System.Text.RegularExpressions;
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

    private static readonly string Schema1 = SchemaHarness.Record(Plain(Version1));

    [Fact]
    public Task CreatesMissingFile() =>
        VerifyRecordAsync(
            Version1,
            schema: null,
            new DiagnosticResult(DiagnosticDescriptors.SchemaNotRecorded)
                .WithLocation(0)
                .WithArguments(
                    "State type 'Run' has no recorded schema, because the project has no schema file (SessionSchema.json)"
                )
        );

    [Fact]
    public Task RecordsChangedVersionOverOldRecord() =>
        VerifyRecordAsync(
            Version1.Replace(
                "    public string Title",
                "    public int Retries { get; set; }\n    public string Title"
            ),
            Schema1,
            new DiagnosticResult(DiagnosticDescriptors.ShapeChangedWithoutVersionBump)
                .WithLocation(1)
                .WithArguments(
                    "Run",
                    "1",
                    "'Retries' was added. Bump Version, with a migration where old checkpoints need one, or record the "
                        + "shape again if version 1 was never released"
                )
        );

    [Fact]
    public Task AddsNewVersionToHistory() =>
        VerifyRecordAsync(
            Version1
                .Replace("Version = 1", "Version = 2")
                .Replace(
                    "    public string Title",
                    "    [Persist(Since = 2)] public int Retries { get; set; }\n    public string Title"
                ),
            Schema1,
            new DiagnosticResult(DiagnosticDescriptors.SchemaNotRecorded)
                .WithLocation(0)
                .WithArguments("Version 2 of state type 'Run' is not recorded in the schema file")
        );

    [Fact]
    public Task RecordsTypeChangeOfUnreleasedVersion() =>
        VerifyRecordAsync(
            Version1.Replace(
                "    public string Title { get; set; } = \"\";",
                "    public {|#2:int|} Title { get; set; }"
            ),
            Schema1,
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

    // Applies the fix to 'markup' and expects the schema file as the build switch would record it.
    private static Task VerifyRecordAsync(string markup, string? schema, DiagnosticResult expected)
    {
        var source = Plain(markup);
        var test = new SessionCodeFixTest<SessionSchemaAnalyzer, RecordSchemaCodeFix>
        {
            TestCode = markup,
            FixedCode = source,
        };
        if (schema is not null)
        {
            test.TestState.AdditionalFiles.Add(("SessionSchema.json", schema));
        }

        test.ExpectedDiagnostics.Add(expected);
        test.FixedState.AdditionalFiles.Add(("SessionSchema.json", Utf8(SchemaHarness.Record(source, schema))));
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    // The fix writes UTF-8 without a byte order mark, as the build's copy does.
    private static SourceText Utf8(string text) => SourceText.From(text, new UTF8Encoding(false));

    private static string Plain(string markup) => Regex.Replace(markup, @"\{\|#\d+:|\|\}", "");
}
