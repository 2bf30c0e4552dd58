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
/// Fixes SESS003 by giving the reported member <c>[Persist(Name = "...")]</c> with the free name the analyzer
/// proposes in the diagnostic's <c>SuggestedName</c> property. An existing <c>[Persist]</c> keeps its other
/// arguments and gets the new name.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RenamePersistedNameCodeFix)), Shared]
public sealed class RenamePersistedNameCodeFix : CodeFixProvider
{
    /// <summary>Key of the diagnostic property that contains the proposed persisted name.</summary>
    public const string SuggestedNameProperty = "SuggestedName";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => [DiagnosticIds.DuplicatePersistedName];

    /// <inheritdoc />
    /// <remarks>A persisted name is part of the checkpoint format, so each rename is offered on its own.</remarks>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var member = root
            ?.FindNode(context.Span, getInnermostNodeForTie: true)
            .AncestorsAndSelf()
            .FirstOrDefault(n => n is PropertyDeclarationSyntax or FieldDeclarationSyntax);
        if (member is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(SuggestedNameProperty, out var name) || string.IsNullOrEmpty(name))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Persist the member as '{name}'",
                    token => RenameAsync(context.Document, (MemberDeclarationSyntax)member, name!, token),
                    equivalenceKey: nameof(RenamePersistedNameCodeFix)
                ),
                diagnostic
            );
        }
    }

    private static async Task<Document> RenameAsync(
        Document document,
        MemberDeclarationSyntax member,
        string name,
        CancellationToken cancellationToken
    )
    {
        if (
            await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax root
        )
        {
            return document;
        }

        var nameArgument = SyntaxFactory.AttributeArgument(
            SyntaxFactory.NameEquals("Name"),
            nameColon: null,
            SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name))
        );

        var existing = member.AttributeLists.SelectMany(l => l.Attributes).FirstOrDefault(IsPersist);
        var edited = existing is not null
            ? root.ReplaceNode(existing, WithName(existing, nameArgument))
            : root.ReplaceNode(member, AddPersist(member, nameArgument));
        return document.WithSyntaxRoot(AttributeEditing.EnsureUsing(edited));
    }

    private static bool IsPersist(AttributeSyntax attribute)
    {
        var simple = attribute.Name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax plain => plain.Identifier.ValueText,
            _ => "",
        };
        return simple is "Persist" or "PersistAttribute";
    }

    private static AttributeSyntax WithName(AttributeSyntax attribute, AttributeArgumentSyntax nameArgument)
    {
        var arguments = attribute.ArgumentList?.Arguments ?? default;
        var old = arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Name");
        arguments = old is not null ? arguments.Replace(old, nameArgument) : arguments.Insert(0, nameArgument);
        return attribute.WithArgumentList(SyntaxFactory.AttributeArgumentList(arguments));
    }

    private static MemberDeclarationSyntax AddPersist(
        MemberDeclarationSyntax member,
        AttributeArgumentSyntax nameArgument
    )
    {
        var attribute = SyntaxFactory
            .Attribute(SyntaxFactory.IdentifierName("Persist"))
            .WithArgumentList(SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(nameArgument)));

        var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));
        return AttributeEditing.PrependList(member, list);
    }
}
