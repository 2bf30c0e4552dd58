using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SessionToolkit.Generators.Analyzers;

/// <summary>
/// Reports SESS001 on a type that is not <c>partial</c> but contains a type the generators add code to. It is
/// reported from the container's own analysis, so that it is local to the container's declaration (the IDE then
/// shows it and offers the fix), once per container. The diagnostic's additional location is the identifier of
/// the generated type, so that the fix can make the whole chain partial.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PartialContainerAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] GeneratedTypeAttributes =
    [
        KnownNames.SessionStateAttribute,
        KnownNames.SessionDataAttribute,
        KnownNames.WellKnownDirectoriesAttribute,
    ];

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [DiagnosticDescriptors.TypeNotPartial];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(AnalyzeType, SymbolKind.NamedType);
    }

    /// <summary>Returns whether <paramref name="type"/> carries an attribute that makes a generator add code to it.</summary>
    internal static bool IsGeneratedType(INamedTypeSymbol type) =>
        GeneratedTypeAttributes.Any(name => SessionStateGenerator.HasAttribute(type, name));

    /// <summary>Returns whether every declaration of <paramref name="type"/> has the <c>partial</c> modifier.</summary>
    internal static bool IsPartial(INamedTypeSymbol type) =>
        type
            .DeclaringSyntaxReferences.Select(r => r.GetSyntax())
            .OfType<TypeDeclarationSyntax>()
            .All(d => d.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static void AnalyzeType(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;

        // A generated type that lacks partial is reported by its own analyzer, and an outer type that lacks it
        // too takes the one diagnostic for the chain.
        if (IsPartial(type) || IsGeneratedType(type) || HasNonPartialContainer(type))
        {
            return;
        }

        var nested = FindGeneratedType(type);
        if (nested is null)
        {
            return;
        }

        var declaration = type
            .DeclaringSyntaxReferences.Select(r => r.GetSyntax(context.CancellationToken))
            .OfType<TypeDeclarationSyntax>()
            .First();
        context.ReportDiagnostic(
            Diagnostic.Create(
                DiagnosticDescriptors.TypeNotPartial,
                declaration.Identifier.GetLocation(),
                nested.Locations.Where(l => l.IsInSource).Take(1),
                type.Name,
                $" (it contains '{nested.ToDisplayString()}')"
            )
        );
    }

    private static bool HasNonPartialContainer(INamedTypeSymbol type)
    {
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (!IsPartial(outer))
            {
                return true;
            }
        }

        return false;
    }

    // The first generated type in declaration order, searched depth first, so the message names a fixed type.
    private static INamedTypeSymbol? FindGeneratedType(INamedTypeSymbol container)
    {
        var pending = new Stack<INamedTypeSymbol>(container.GetTypeMembers().Reverse());
        while (pending.Count > 0)
        {
            var candidate = pending.Pop();
            if (IsGeneratedType(candidate))
            {
                return candidate;
            }

            foreach (var inner in candidate.GetTypeMembers().Reverse())
            {
                pending.Push(inner);
            }
        }

        return null;
    }
}
