using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SessionToolkit.Generators.Analyzers;

/// <summary>
/// Compares every <c>[SessionState]</c> type with the history recorded in the project's schema file and reports a
/// change that checkpoints already on disk could not be read after. A build with
/// <c>-p:UpdateSessionSchema=true</c> replaces the file, so there only an invalid file is reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SessionSchemaAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        DiagnosticDescriptors.SchemaNotRecorded,
        DiagnosticDescriptors.ShapeChangedWithoutVersionBump,
        DiagnosticDescriptors.MemberRemovedWithoutMigration,
        DiagnosticDescriptors.RetiredNameReused,
        DiagnosticDescriptors.IncompatibleTypeChange,
        DiagnosticDescriptors.VersionBumpWithoutMigration,
        DiagnosticDescriptors.SchemaFileInvalid,
        DiagnosticDescriptors.RecordedStateTypeMissing,
        DiagnosticDescriptors.GeneratorFailure,
    ];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext start)
    {
        // A project that does not reference the runtime has no state types to check.
        if (start.Compilation.GetTypeByMetadataName(KnownNames.SessionStateAttribute) is null)
        {
            return;
        }

        var settings = SchemaSettings.Read(start.Options, start.CancellationToken);
        var analysis = new SchemaAnalysis(start.Compilation, settings);
        start.RegisterAdditionalFileAction(analysis.AnalyzeFile);
        if (settings.UpdateRequested || settings.Error is not null)
        {
            return;
        }

        start.RegisterSymbolAction(analysis.AnalyzeType, SymbolKind.NamedType);
        if (settings.Schema is not null)
        {
            start.RegisterCompilationEndAction(analysis.ReportMissingTypes);
        }
    }
}
