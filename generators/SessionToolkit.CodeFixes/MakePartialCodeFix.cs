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
/// Fixes SESS001 by adding <c>partial</c> to the reported type and every containing type. On a containing type,
/// the diagnostic's additional location is the nested generated type, and every type from there out is fixed.
/// A type without <c>partial</c> has only one declaration, so changing that declaration is enough.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFix)), Shared]
public sealed class MakePartialCodeFix : CodeFixProvider
{
    private const string Title = "Make the type and its containing types partial";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => [DiagnosticIds.TypeNotPartial];

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            // A non-partial type has one declaration, so the nested type lies in the same document.
            var innermost = diagnostic.AdditionalLocations.FirstOrDefault(l => l.SourceTree == root.SyntaxTree);
            var declaration = root.FindToken((innermost ?? diagnostic.Location).SourceSpan.Start)
                .Parent?.AncestorsAndSelf()
                .OfType<TypeDeclarationSyntax>()
                .FirstOrDefault();
            if (declaration is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    token => MakePartialAsync(context.Document, declaration, token),
                    equivalenceKey: nameof(MakePartialCodeFix)
                ),
                diagnostic
            );
        }
    }

    private static async Task<Document> MakePartialAsync(
        Document document,
        TypeDeclarationSyntax reported,
        CancellationToken cancellationToken
    )
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        // The reported type may be nested in types that lack partial too; fix the whole chain at once.
        var chain = reported.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().ToList();
        var fixedRoot = root.ReplaceNodes(chain, (original, rewritten) => AddPartial(rewritten));
        return document.WithSyntaxRoot(fixedRoot);
    }

    private static TypeDeclarationSyntax AddPartial(TypeDeclarationSyntax declaration)
    {
        if (declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            return declaration;
        }

        // partial must come last among the modifiers, right before the type keyword.
        var partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
        if (declaration.Modifiers.Count == 0)
        {
            var keyword = declaration.Keyword;
            partial = partial.WithLeadingTrivia(keyword.LeadingTrivia);
            return declaration
                .WithKeyword(keyword.WithLeadingTrivia(SyntaxTriviaList.Empty))
                .WithModifiers(SyntaxFactory.TokenList(partial));
        }

        return declaration.WithModifiers(declaration.Modifiers.Add(partial));
    }
}
