using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SessionToolkit.Generators.Model;

namespace SessionToolkit.Generators;

// Turns an attributed type symbol into a TypeSpec. Nothing from Roslyn leaves this file but strings, numbers,
// spans and diagnostic descriptors.
public sealed partial class SessionStateGenerator
{
    private static TypeResult? Parse(GeneratorAttributeSyntaxContext target, bool isState, CancellationToken token)
    {
        if (target.TargetSymbol is not INamedTypeSymbol type || !IsFirstAttributedPart(target, type))
        {
            return null;
        }

        if (!isState && HasAttribute(type, KnownNames.SessionStateAttribute))
        {
            return null;
        }

        return ParseType(type, isState, token);
    }

    /// <summary>
    /// Parses one type into its spec and diagnostics. The generator and <c>SessionTypeAnalyzer</c> both call
    /// this, so the analyzer reports the same errors that make the generator emit nothing.
    /// </summary>
    internal static TypeResult ParseType(INamedTypeSymbol type, bool isState, CancellationToken token)
    {
        try
        {
            if (FailingTypeForTests is { } failing && failing == type.ToDisplayString())
            {
                throw new InvalidOperationException("parser failure injected by a test");
            }

            return new TypeParser(type, isState, token).Parse();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug in the generator must not drop the output of every other type: report it on this one.
            var diagnostic = DiagnosticSpec.Create(
                DiagnosticDescriptors.GeneratorFailure,
                type.Locations.FirstOrDefault() ?? Location.None,
                type.ToDisplayString(),
                exception.GetType().Name,
                exception.Message
            );
            return new TypeResult(type.ToDisplayString(), null, new[] { diagnostic }.ToEquatableArray());
        }
    }

    /// <summary>
    /// Full name of a type whose parsing throws, so that tests can see a generator failure become SESS016. No
    /// input makes the parser throw on purpose, so this seam is the only way to reach that path; it is null
    /// outside tests.
    /// </summary>
    internal static string? FailingTypeForTests { get; set; }

    // ForAttributeWithMetadataName yields one value per attributed declaration. When the attribute is repeated
    // on several parts (the compiler reports CS0579), only the part with the first application is parsed.
    private static bool IsFirstAttributedPart(GeneratorAttributeSyntaxContext target, INamedTypeSymbol type)
    {
        var attributeClass = target.Attributes[0].AttributeClass;
        var first = type.GetAttributes()
            .FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeClass));
        var current = target.Attributes[0].ApplicationSyntaxReference;
        var firstApplication = first?.ApplicationSyntaxReference;
        return current is null
            || firstApplication is null
            || (current.SyntaxTree == firstApplication.SyntaxTree && current.Span == firstApplication.Span);
    }

    internal static bool HasAttribute(ISymbol symbol, string metadataName) =>
        FindAttribute(symbol, metadataName) is not null;

    internal static AttributeData? FindAttribute(ISymbol symbol, string metadataName) =>
        symbol.GetAttributes().FirstOrDefault(a => MetadataNames.Is(a.AttributeClass, metadataName));

    internal static string Escape(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;
}
