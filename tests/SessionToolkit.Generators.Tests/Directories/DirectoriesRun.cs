using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using SessionToolkit.Generators.Directories;
using SessionToolkit.Generators.Tests.Infrastructure;

namespace SessionToolkit.Generators.Tests.Directories;

/// <summary>Runs only the directories generator, so its tests see no other generator's output.</summary>
internal static class DirectoriesRun
{
    public static GeneratorRun Run(params (string Path, string Text)[] sources) =>
        GeneratorHarness.Run([new WellKnownDirectoriesGenerator()], sources);

    public static GeneratorRun Run(string source) => Run(("Dirs.cs", source));

    public static Diagnostic[] Errors(this GeneratorRun run) =>
        run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();

    /// <summary>The analyzers' diagnostics on the compilation with the generated files.</summary>
    public static ImmutableArray<Diagnostic> Analyzed(this GeneratorRun run) =>
        GeneratorHarness.Analyze(run.OutputCompilation);

    /// <summary>Returns "ID line,column" of each analyzer diagnostic, one-based.</summary>
    public static string[] Positions(this GeneratorRun run) =>
        run.Analyzed()
            .Select(d =>
            {
                var start = d.Location.GetLineSpan().StartLinePosition;
                return $"{d.Id} {start.Line + 1},{start.Character + 1}";
            })
            .ToArray();
}
