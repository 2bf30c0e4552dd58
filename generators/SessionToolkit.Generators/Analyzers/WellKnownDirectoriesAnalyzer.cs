using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SessionToolkit.Generators.Directories;

namespace SessionToolkit.Generators.Analyzers;

/// <summary>
/// Reports the errors of <c>[WellKnownDirectories]</c> classes with the directories generator's own parser, so
/// that it reports the same errors that stop the generator's full output for a class.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WellKnownDirectoriesAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        DiagnosticDescriptors.TypeNotPartial,
        DiagnosticDescriptors.InvalidDirectoryPath,
        DiagnosticDescriptors.DuplicateDirectoryPath,
        DiagnosticDescriptors.GeneratedMemberClash,
        DiagnosticDescriptors.DirectoryPropertyNotGenerated,
        DiagnosticDescriptors.GeneratorFailure,
    ];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var attribute = start.Compilation.GetTypeByMetadataName(KnownNames.WellKnownDirectoriesAttribute);
            if (attribute is not null)
            {
                start.RegisterSymbolAction(c => AnalyzeType(c, attribute), SymbolKind.NamedType);
            }
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol attribute)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!type.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute)))
        {
            return;
        }

        try
        {
            var spec = WellKnownDirectoriesGenerator.Parser.ParseType(
                type,
                context.Compilation,
                context.CancellationToken
            );
            AnalyzerReporting.ReportAll(context, spec.Diagnostics);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            AnalyzerReporting.ReportFailure(context, type, exception);
        }
    }
}
