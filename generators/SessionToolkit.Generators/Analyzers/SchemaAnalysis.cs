using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SessionToolkit.Generators.Schema;

namespace SessionToolkit.Generators.Analyzers;

/// <summary>The schema checks of one compilation: the file itself, each state type, and the recorded types left over.</summary>
internal sealed class SchemaAnalysis(Compilation compilation, SchemaSettings settings)
{
    private readonly SchemaTypeCatalog _catalog = new(compilation);
    private readonly ConcurrentDictionary<string, byte> _seenTypeIds = new(StringComparer.Ordinal);
    private volatile bool _someStateFailed;

    /// <summary>Reports SESS025 for an invalid schema file, and for a second one.</summary>
    public void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        var path = context.AdditionalFile.Path;
        if (settings.Error is { } error && path == settings.File?.Path)
        {
            var location = FileLocation(path, settings.Text, error.Span);
            Report(context, location, settings.FileName, error.Message);
        }

        if (settings.ExtraFile is { } extra && path == extra.Path)
        {
            var message = $"a project has one schema file, and this project already uses '{settings.File!.Path}'";
            Report(context, Location.Create(path, default, default), path, message);
        }
    }

    /// <summary>Compares one <c>[SessionState]</c> type with its recorded history.</summary>
    public void AnalyzeType(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!SessionStateGenerator.HasAttribute(type, KnownNames.SessionStateAttribute))
        {
            return;
        }

        try
        {
            Analyze(context, type);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            AnalyzerReporting.ReportFailure(context, type, exception);
        }
    }

    /// <summary>Reports SESS026 for each recorded state type that the compilation no longer has.</summary>
    public void ReportMissingTypes(CompilationAnalysisContext context)
    {
        // A state type with errors has no spec and so no type id here; the build fails on its errors anyway.
        if (_someStateFailed || settings.Text is null)
        {
            return;
        }

        var states =
            (JsonTextParser.Parse(settings.Text.ToString()) as JsonObjectText)
                ?.Members.FirstOrDefault(m => m.Name == "states")
                ?.Value as JsonObjectText;

        // The file may record many types, so their keys are looked up by id rather than searched for each one.
        var keys = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        foreach (var member in states?.Members ?? [])
        {
            keys[member.Name] = member.NameSpan;
        }

        foreach (var state in settings.Schema!.States.Where(s => !_seenTypeIds.ContainsKey(s.TypeId)))
        {
            var key = keys.TryGetValue(state.TypeId, out var span) ? span : default;
            var location = FileLocation(settings.File!.Path, settings.Text, key);
            context.ReportDiagnostic(
                Diagnostic.Create(
                    DiagnosticDescriptors.RecordedStateTypeMissing,
                    location,
                    state.TypeName,
                    state.TypeId
                )
            );
        }
    }

    private void Analyze(SymbolAnalysisContext context, INamedTypeSymbol type)
    {
        var token = context.CancellationToken;
        var spec = SessionStateGenerator.ParseType(type, isState: true, token).Spec;
        if (spec is null)
        {
            // The type has errors that stop its generated code, and SessionTypeAnalyzer reports them.
            _someStateFailed = true;
            return;
        }

        _seenTypeIds.TryAdd(spec.TypeId, 0);
        var shape = ShapeBuilder.Build(spec, name => _catalog.Find(name, token));
        var reporter = new SchemaReporter(context, type, spec, shape, settings, _catalog);
        var history = settings.Schema?.States.FirstOrDefault(s => s.TypeId == spec.TypeId);
        if (history is null || history.Versions.Count == 0)
        {
            reporter.ReportNotRecorded();
            return;
        }

        var migrations = spec.Migrations.Select(m => m.FromVersion);
        foreach (var finding in SchemaHistoryCheck.Check(history, shape, migrations))
        {
            reporter.Report(finding);
        }
    }

    private static void Report(AdditionalFileAnalysisContext context, Location location, string file, string message) =>
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SchemaFileInvalid, location, file, message));

    // A file the compiler could not read has no text, so its diagnostic goes at its start.
    private static Location FileLocation(string path, SourceText? text, TextSpan span) =>
        text is null
            ? Location.Create(path, default, default)
            : Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
}
