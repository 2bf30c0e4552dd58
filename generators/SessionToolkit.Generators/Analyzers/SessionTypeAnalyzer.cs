using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SessionToolkit.Generators.Analyzers;

/// <summary>
/// Reports the errors of <c>[SessionState]</c> and <c>[SessionData]</c> types. It runs the generator's own
/// parser, so it reports the same errors that make the generator emit nothing for a type, and the IDE shows
/// them before any build. SESS001 on a containing type comes from <see cref="PartialContainerAnalyzer"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SessionTypeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        DiagnosticDescriptors.TypeNotPartial,
        DiagnosticDescriptors.UnsupportedMemberType,
        DiagnosticDescriptors.DuplicatePersistedName,
        DiagnosticDescriptors.PersistedNameInvalid,
        DiagnosticDescriptors.MemberCannotBeSet,
        DiagnosticDescriptors.SinceAboveVersion,
        DiagnosticDescriptors.NewMemberResumesAsNull,
        DiagnosticDescriptors.InvalidDerivedType,
        DiagnosticDescriptors.InvalidMigration,
        DiagnosticDescriptors.HiddenBaseMemberNotPersisted,
        DiagnosticDescriptors.ConverterTypeMismatch,
        DiagnosticDescriptors.MetadataMemberNotPersisted,
        DiagnosticDescriptors.OpenGenericType,
        DiagnosticDescriptors.VersionBelowOne,
        DiagnosticDescriptors.DirectoriesTypeInvalid,
        DiagnosticDescriptors.GeneratorFailure,
    ];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(AnalyzeType, SymbolKind.NamedType);
    }

    private static void AnalyzeType(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var isState = SessionStateGenerator.HasAttribute(type, KnownNames.SessionStateAttribute);
        if (!isState && !SessionStateGenerator.HasAttribute(type, KnownNames.SessionDataAttribute))
        {
            return;
        }

        try
        {
            var result = SessionStateGenerator.ParseType(type, isState, context.CancellationToken);
            AnalyzerReporting.ReportAll(context, result.Diagnostics);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            AnalyzerReporting.ReportFailure(context, type, exception);
        }
    }
}
