using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SessionToolkit.Generators.Model;

namespace SessionToolkit.Generators.Analyzers;

/// <summary>Reports the parsers' diagnostics from a symbol action, placed in the compilation's own syntax trees.</summary>
internal static class AnalyzerReporting
{
    /// <summary>
    /// Reports every diagnostic but two kinds. A parser failure (SESS016) is reported by the generator, which runs
    /// the same parser on the same type, so the analyzer reporting it as well would show it twice. SESS001 on a
    /// containing type is reported by <see cref="PartialContainerAnalyzer"/>, once per container.
    /// </summary>
    public static void ReportAll(SymbolAnalysisContext context, EquatableArray<DiagnosticSpec> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var id = diagnostic.Descriptor.Id;
            if (id == DiagnosticDescriptors.GeneratorFailure.Id)
            {
                continue;
            }

            if (id == DiagnosticDescriptors.TypeNotPartial.Id && !IsOnIdentifier(context.Symbol, diagnostic))
            {
                continue;
            }

            context.ReportDiagnostic(diagnostic.ToDiagnostic(path => FindTree(context, path)));
        }
    }

    /// <summary>Reports an exception thrown by the analyzer's own code as SESS016 on the type.</summary>
    public static void ReportFailure(SymbolAnalysisContext context, INamedTypeSymbol type, Exception exception) =>
        context.ReportDiagnostic(
            Diagnostic.Create(
                DiagnosticDescriptors.GeneratorFailure,
                type.Locations.FirstOrDefault() ?? Location.None,
                type.ToDisplayString(),
                exception.GetType().Name,
                exception.Message
            )
        );

    private static bool IsOnIdentifier(ISymbol symbol, DiagnosticSpec diagnostic) =>
        symbol.Locations.Any(l =>
            l.IsInSource && l.SourceTree!.FilePath == diagnostic.FilePath && l.SourceSpan == diagnostic.Span
        );

    // The diagnostics of a type lie in the files of the type or of a containing type, so those are searched first.
    private static SyntaxTree? FindTree(SymbolAnalysisContext context, string path)
    {
        for (ISymbol? current = context.Symbol; current is INamedTypeSymbol; current = current.ContainingType)
        {
            var tree = current
                .DeclaringSyntaxReferences.Select(r => r.SyntaxTree)
                .FirstOrDefault(t => t.FilePath == path);
            if (tree is not null)
            {
                return tree;
            }
        }

        return context.Compilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == path);
    }
}
