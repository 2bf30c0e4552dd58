using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SessionToolkit.Generators.Analyzers;

/// <summary>
/// Reports SESS011: a SessionToolkit member attribute on a positional record parameter without a target. C#
/// applies it to the constructor parameter, and the generator reads member attributes only from the property,
/// so the attribute has no effect there.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PropertyTargetAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] MemberAttributes =
    [
        KnownNames.TransientAttribute,
        KnownNames.PersistAttribute,
        KnownNames.SessionMetadataAttribute,
        KnownNames.SessionConverterAttribute,
    ];

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [DiagnosticDescriptors.AttributeNeedsPropertyTarget];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var attributes = MemberAttributes
                .Select(start.Compilation.GetTypeByMetadataName)
                .OfType<INamedTypeSymbol>()
                .ToImmutableHashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            if (!attributes.IsEmpty)
            {
                start.RegisterSyntaxNodeAction(c => AnalyzeParameter(c, attributes), SyntaxKind.Parameter);
            }
        });
    }

    private static void AnalyzeParameter(SyntaxNodeAnalysisContext context, ImmutableHashSet<INamedTypeSymbol> known)
    {
        var parameter = (ParameterSyntax)context.Node;
        if (parameter.Parent is not ParameterListSyntax { Parent: RecordDeclarationSyntax })
        {
            return;
        }

        // An explicit target, 'param:' included, states what the user meant, so only lists without one count.
        foreach (var attribute in parameter.AttributeLists.Where(l => l.Target is null).SelectMany(l => l.Attributes))
        {
            var constructor = context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol;
            if (constructor?.ContainingType is not { } attributeType || !known.Contains(attributeType))
            {
                continue;
            }

            context.ReportDiagnostic(
                Diagnostic.Create(
                    DiagnosticDescriptors.AttributeNeedsPropertyTarget,
                    attribute.GetLocation(),
                    attribute.Name.ToString(),
                    parameter.Identifier.ValueText
                )
            );
        }
    }
}
