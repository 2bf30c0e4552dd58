using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SessionToolkit.CodeFixes;

/// <summary>Syntax edits shared by the fixes that add or change SessionToolkit attributes.</summary>
internal static class AttributeEditing
{
    private const string RuntimeNamespace = "SessionToolkit";

    /// <summary>Adds <c>using SessionToolkit;</c> unless the file already has it.</summary>
    public static CompilationUnitSyntax EnsureUsing(CompilationUnitSyntax root)
    {
        var present = root.Usings.Any(u =>
            u.Alias is null && u.StaticKeyword == default && u.Name?.ToString() == RuntimeNamespace
        );
        if (present)
        {
            return root;
        }

        var directive = SyntaxFactory
            .UsingDirective(SyntaxFactory.IdentifierName(RuntimeNamespace))
            .WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed);
        return root.AddUsings(directive);
    }

    /// <summary>Creates <c>[Name]</c>, or <c>[target: Name]</c> when <paramref name="target"/> is given.</summary>
    public static AttributeListSyntax CreateList(string name, SyntaxKind? target = null)
    {
        var list = SyntaxFactory.AttributeList(
            SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(SyntaxFactory.IdentifierName(name)))
        );
        return target is null ? list : list.WithTarget(CreateTarget(target.Value));
    }

    /// <summary>
    /// Puts <paramref name="list"/> on a line of its own above <paramref name="member"/>, with the member's
    /// indentation, and keeps the member's doc comment above both.
    /// </summary>
    public static MemberDeclarationSyntax PrependList(MemberDeclarationSyntax member, AttributeListSyntax list)
    {
        var leading = member.GetLeadingTrivia();
        var indentation = leading.Reverse().TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse();
        var placed = list.WithLeadingTrivia(leading).WithTrailingTrivia(SyntaxFactory.ElasticLineFeed);
        var moved = member.WithLeadingTrivia(indentation);
        return moved.WithAttributeLists(moved.AttributeLists.Insert(0, placed));
    }

    /// <summary>Creates the target specifier <c>property:</c> or another one of that form.</summary>
    /// <remarks>
    /// Its tokens carry no elastic trivia, so the formatter that runs after a code action leaves the text around
    /// the specifier as the fix wrote it.
    /// </remarks>
    public static AttributeTargetSpecifierSyntax CreateTarget(SyntaxKind keyword) =>
        SyntaxFactory.AttributeTargetSpecifier(
            SyntaxFactory.Token(SyntaxTriviaList.Empty, keyword, SyntaxTriviaList.Empty),
            SyntaxFactory.Token(
                SyntaxTriviaList.Empty,
                SyntaxKind.ColonToken,
                SyntaxFactory.TriviaList(SyntaxFactory.Space)
            )
        );

    /// <summary>Creates <c>[target: attribute]</c> with fixed trivia, followed by <paramref name="trailing"/>.</summary>
    public static AttributeListSyntax CreateTargetedList(
        AttributeSyntax attribute,
        SyntaxKind target,
        SyntaxTriviaList trailing
    ) =>
        SyntaxFactory.AttributeList(
            SyntaxFactory.Token(SyntaxTriviaList.Empty, SyntaxKind.OpenBracketToken, SyntaxTriviaList.Empty),
            CreateTarget(target),
            SyntaxFactory.SingletonSeparatedList(attribute),
            SyntaxFactory.Token(SyntaxTriviaList.Empty, SyntaxKind.CloseBracketToken, trailing)
        );
}
