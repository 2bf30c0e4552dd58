using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SessionToolkit.CodeFixes;

/// <summary>
/// Fixes SESS011 by giving the attribute on a positional record parameter the <c>property:</c> target, so that
/// it reaches the property the generator reads. An attribute that shares its list with others moves into a
/// list of its own.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPropertyTargetCodeFix)), Shared]
public sealed class AddPropertyTargetCodeFix : CodeFixProvider
{
    private const string Title = "Apply the attribute to the property with 'property:'";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => [DiagnosticIds.AttributeNeedsPropertyTarget];

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var attribute = root?.FindNode(context.Span).AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault();
        if (attribute?.Parent is not AttributeListSyntax { Target: null, Parent: ParameterSyntax })
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    token => AddTargetAsync(context.Document, attribute, token),
                    equivalenceKey: nameof(AddPropertyTargetCodeFix)
                ),
                diagnostic
            );
        }
    }

    private static async Task<Document> AddTargetAsync(
        Document document,
        AttributeSyntax attribute,
        CancellationToken cancellationToken
    )
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (
            root is null
            || attribute.Parent is not AttributeListSyntax list
            || list.Parent is not ParameterSyntax parameter
        )
        {
            return document;
        }

        var target = AttributeEditing.CreateTarget(SyntaxKind.PropertyKeyword);
        if (list.Attributes.Count == 1)
        {
            return document.WithSyntaxRoot(root.ReplaceNode(list, list.WithTarget(target)));
        }

        // Only the reported attribute changes meaning; the others stay where they are.
        var remaining = list.WithAttributes(list.Attributes.Remove(attribute)).WithTrailingTrivia(SyntaxFactory.Space);
        var own = AttributeEditing.CreateTargetedList(
            attribute.WithoutTrivia(),
            SyntaxKind.PropertyKeyword,
            list.GetTrailingTrivia()
        );
        var index = parameter.AttributeLists.IndexOf(list);
        var lists = parameter.AttributeLists.Replace(list, remaining).Insert(index + 1, own);
        return document.WithSyntaxRoot(root.ReplaceNode(parameter, parameter.WithAttributeLists(lists)));
    }
}
