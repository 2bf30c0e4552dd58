using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SessionToolkit.Generators.Analyzers;
using SessionToolkit.Generators.Schema;

namespace SessionToolkit.Generators.Tests.Infrastructure;

/// <summary>
/// Runs the schema analyzer and the schema recording over one source file, with the schema file as an additional
/// text and the build properties as global options, as a build with the SessionToolkit props passes them.
/// </summary>
public static class SchemaHarness
{
    /// <summary>The path the tests give the schema file.</summary>
    public const string SchemaPath = "/project/SessionSchema.json";

    /// <summary>The path the tests give the source file.</summary>
    public const string SourcePath = "/project/State.cs";

    /// <summary>
    /// Records the schema of <paramref name="source"/> on top of <paramref name="schema"/> (null: no file), as a
    /// build with <c>-p:UpdateSessionSchema=true</c> does, and returns the new file's text.
    /// </summary>
    public static string Record(string source, string? schema = null)
    {
        var run = RunGenerator(source, schema, update: true);
        var recorded = run.GeneratedSources.Single(s => s.HintName == SchemaFiles.RecordedHintName).SourceText;
        var lines = recorded.ToString().Split('\n');
        var begin = Array.IndexOf(lines, SchemaFiles.BeginMarker);
        var end = Array.IndexOf(lines, SchemaFiles.EndMarker);
        return string.Concat(lines[(begin + 1)..end].Select(l => l.Substring(3) + "\n"));
    }

    /// <summary>Runs the state generator with the schema file and the update property.</summary>
    public static GeneratorRun RunGenerator(string source, string? schema, bool update) =>
        GeneratorHarness.Run(CreateDriver(schema, update), GeneratorHarness.CreateCompilation([(SourcePath, source)]));

    /// <summary>Creates a driver of the state generator, with step tracking, the schema file and the update property.</summary>
    public static GeneratorDriver CreateDriver(string? schema, bool update) =>
        CSharpGeneratorDriver.Create(
            [new SessionStateGenerator().AsSourceGenerator()],
            AdditionalTexts(schema),
            GeneratorHarness.ParseOptions,
            new TestOptionsProvider(update),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true)
        );

    /// <summary>Runs the schema analyzer over <paramref name="source"/> with <paramref name="schema"/> as the file.</summary>
    public static ImmutableArray<Diagnostic> Analyze(string source, string? schema, bool update = false) =>
        Analyze([(SourcePath, source)], schema, update);

    /// <summary>Runs the schema analyzer over several source files.</summary>
    public static ImmutableArray<Diagnostic> Analyze(
        (string Path, string Text)[] sources,
        string? schema,
        bool update
    ) => Analyze(sources, AdditionalTexts(schema), update);

    /// <summary>
    /// Runs the schema analyzer with several schema files, given as (path, text). A null text stands for a file
    /// that cannot be read, such as a folder or a file without read access that the compiler passes on.
    /// </summary>
    public static ImmutableArray<Diagnostic> AnalyzeWithFiles(
        string source,
        params (string Path, string? Text)[] schemas
    ) =>
        Analyze(
            [(SourcePath, source)],
            [.. schemas.Select(s => (AdditionalText)new InMemoryText(s.Path, s.Text))],
            update: false
        );

    private static ImmutableArray<Diagnostic> Analyze(
        (string Path, string Text)[] sources,
        ImmutableArray<AdditionalText> files,
        bool update
    )
    {
        var compilation = GeneratorHarness.CreateCompilation(sources);
        var options = new AnalyzerOptions(files, new TestOptionsProvider(update));
        return compilation
            .WithAnalyzers([new SessionSchemaAnalyzer()], options)
            .GetAnalyzerDiagnosticsAsync(Xunit.TestContext.Current.CancellationToken)
            .GetAwaiter()
            .GetResult()
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>Formats diagnostics as "ID file(line,col)", one per line.</summary>
    public static string Places(this IEnumerable<Diagnostic> diagnostics) =>
        string.Join(
            "\n",
            diagnostics.Select(d =>
            {
                var span = d.Location.GetLineSpan();
                var start = span.StartLinePosition;
                return $"{d.Id} {System.IO.Path.GetFileName(span.Path)}({start.Line + 1},{start.Character + 1})";
            })
        );

    /// <summary>The "line,column" of the first occurrence of <paramref name="anchor"/> in <paramref name="text"/>.</summary>
    public static string Position(string text, string anchor)
    {
        var offset = text.IndexOf(anchor, StringComparison.Ordinal);
        if (offset < 0)
        {
            throw new ArgumentException($"'{anchor}' is not in the text.", nameof(anchor));
        }

        var before = text[..offset];
        return $"{before.Count(c => c == '\n') + 1},{offset - before.LastIndexOf('\n')}";
    }

    private static ImmutableArray<AdditionalText> AdditionalTexts(string? schema) =>
        schema is null ? [] : [new InMemoryText(SchemaPath, schema)];

    private sealed class InMemoryText(string path, string? text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) =>
            text is null ? null : SourceText.From(text);
    }

    private sealed class TestOptionsProvider(bool update) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } =
            new Options(
                new Dictionary<string, string>
                {
                    ["build_property.UpdateSessionSchema"] = update ? "true" : "",
                    ["build_property.SessionSchemaFile"] = SchemaPath,
                }
            );

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new Options(
                new Dictionary<string, string> { ["build_metadata.AdditionalFiles.SessionToolkitSchema"] = "true" }
            );
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static Options Empty { get; } = new([]);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
