using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SessionToolkit.Generators.Analyzers;

namespace SessionToolkit.Generators.Tests.Infrastructure;

/// <summary>Result of one generator run over a test compilation.</summary>
public sealed record GeneratorRun(
    GeneratorDriver Driver,
    Compilation OutputCompilation,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<GeneratedSourceResult> GeneratedSources
)
{
    /// <summary>Compiler diagnostics of the compilation that includes the generated files, warnings and up.</summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics =>
        OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    /// <summary>Text of the generated file whose hint name is <paramref name="hintName"/>.</summary>
    public string Source(string hintName) => GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
}

/// <summary>
/// Builds a net10.0 compilation that references the SessionToolkit runtime and runs generators over it, with
/// step tracking on, so that tests can check output, diagnostics and caching.
/// </summary>
public static class GeneratorHarness
{
    /// <summary>
    /// Reference assemblies of net10.0 plus the runtime assembly under test and the logging abstractions its
    /// public signatures use.
    /// </summary>
    public static readonly ImmutableArray<MetadataReference> References = Basic
        .Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(SessionStateAttribute).Assembly.Location))
        .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location))
        .ToImmutableArray();

    /// <summary>Parse options of the tests: the newest language version, as a user of the SDK gets.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    /// <summary>Creates a library compilation of <paramref name="sources"/> (path, text) with nullable on.</summary>
    public static CSharpCompilation CreateCompilation(
        (string Path, string Text)[] sources,
        NullableContextOptions nullable = NullableContextOptions.Enable,
        OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary
    )
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, path: s.Path));
        var options = new CSharpCompilationOptions(outputKind, nullableContextOptions: nullable);
        return CSharpCompilation.Create("Lab", trees, References, options);
    }

    /// <summary>Creates a driver for <paramref name="generators"/> with incremental step tracking on.</summary>
    public static GeneratorDriver CreateDriver(params IIncrementalGenerator[] generators) =>
        CSharpGeneratorDriver.Create(
            generators.Select(g => g.AsSourceGenerator()),
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(
                IncrementalGeneratorOutputKind.None,
                trackIncrementalGeneratorSteps: true
            )
        );

    /// <summary>Runs <paramref name="driver"/> over <paramref name="compilation"/> and collects the results.</summary>
    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var sources = driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).ToImmutableArray();
        return new GeneratorRun(driver, output, diagnostics, sources);
    }

    /// <summary>Runs <paramref name="generators"/> once over <paramref name="sources"/>.</summary>
    public static GeneratorRun Run(IIncrementalGenerator[] generators, params (string Path, string Text)[] sources) =>
        Run(CreateDriver(generators), CreateCompilation(sources));

    /// <summary>The analyzers that ship beside the generators.</summary>
    public static DiagnosticAnalyzer[] Analyzers() =>
        [
            new SessionTypeAnalyzer(),
            new WellKnownDirectoriesAnalyzer(),
            new PartialContainerAnalyzer(),
            new PropertyTargetAnalyzer(),
        ];

    /// <summary>Runs every SessionToolkit analyzer over <paramref name="compilation"/> and returns their diagnostics.</summary>
    public static ImmutableArray<Diagnostic> Analyze(Compilation compilation) =>
        compilation
            .WithAnalyzers([.. Analyzers()])
            .GetAnalyzerDiagnosticsAsync()
            .GetAwaiter()
            .GetResult()
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();

    /// <summary>Formats diagnostics one per line as "ID path(line,col): message", for readable assert failures.</summary>
    public static string Describe(this ImmutableArray<Diagnostic> diagnostics) =>
        string.Join(
            Environment.NewLine,
            diagnostics.Select(d =>
            {
                var span = d.Location.GetLineSpan();
                var start = span.StartLinePosition;
                return $"{d.Id} {span.Path}({start.Line + 1},{start.Character + 1}): {d.GetMessage()}";
            })
        );
}
