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
/// Fixes SESS002 by marking the member <c>[Transient]</c>, so that it is left out of the checkpoint instead of
/// failing the build. On a positional record parameter the attribute gets the <c>property:</c> target.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddTransientCodeFix)), Shared]
public sealed class AddTransientCodeFix : CodeFixProvider
{
    private const string Title = "Leave the member out of the checkpoint with [Transient]";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => [DiagnosticIds.UnsupportedMemberType];

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var member = root
            ?.FindNode(context.Span, getInnermostNodeForTie: true)
            .AncestorsAndSelf()
            .FirstOrDefault(n => n is PropertyDeclarationSyntax or FieldDeclarationSyntax or ParameterSyntax);
        if (member is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    token => AddTransientAsync(context.Document, member, token),
                    equivalenceKey: nameof(AddTransientCodeFix)
                ),
                diagnostic
            );
        }
    }

    private static async Task<Document> AddTransientAsync(
        Document document,
        SyntaxNode member,
        CancellationToken cancellationToken
    )
    {
        if (
            await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax root
        )
        {
            return document;
        }

        var edited = root.ReplaceNode(member, AddAttribute(member));
        return document.WithSyntaxRoot(AttributeEditing.EnsureUsing(edited));
    }

    private static SyntaxNode AddAttribute(SyntaxNode member)
    {
        switch (member)
        {
            case ParameterSyntax parameter:
                var targeted = AttributeEditing
                    .CreateList("Transient", SyntaxKind.PropertyKeyword)
                    .WithTrailingTrivia(SyntaxFactory.Space);
                return parameter.WithAttributeLists(parameter.AttributeLists.Add(targeted));

            case MemberDeclarationSyntax declaration:
                return AttributeEditing.PrependList(declaration, AttributeEditing.CreateList("Transient"));

            default:
                return member;
        }
    }
}
