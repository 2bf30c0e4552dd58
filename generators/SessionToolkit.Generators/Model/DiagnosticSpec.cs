using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SessionToolkit.Generators.Model;

/// <summary>
/// A diagnostic with its location kept as path and spans, so that the pipeline keeps no syntax tree alive.
/// </summary>
/// <param name="Properties">Diagnostic properties that code fixes read, such as SESS003's suggested name.</param>
internal sealed record DiagnosticSpec(
    DiagnosticDescriptor Descriptor,
    string FilePath,
    TextSpan Span,
    LinePositionSpan LineSpan,
    EquatableArray<string> Arguments,
    EquatableArray<DiagnosticProperty> Properties
)
{
    public static DiagnosticSpec Create(
        DiagnosticDescriptor descriptor,
        Location location,
        params string[] arguments
    ) => Create(descriptor, location, EquatableArray<DiagnosticProperty>.Empty, arguments);

    public static DiagnosticSpec Create(
        DiagnosticDescriptor descriptor,
        Location location,
        EquatableArray<DiagnosticProperty> properties,
        params string[] arguments
    )
    {
        var lineSpan = location.GetLineSpan();
        return new DiagnosticSpec(
            descriptor,
            lineSpan.Path ?? "",
            location.SourceSpan,
            lineSpan.Span,
            arguments.ToEquatableArray(),
            properties
        );
    }

    /// <summary>Creates the diagnostic with a file location, as a generator reports it.</summary>
    public Diagnostic ToDiagnostic() => ToDiagnostic(_ => null);

    /// <summary>
    /// Creates the diagnostic, placed in the syntax tree that <paramref name="findTree"/> returns for the path, so
    /// that an analyzer reports it on source the IDE can underline. Without a tree it gets a file location.
    /// </summary>
    public Diagnostic ToDiagnostic(Func<string, SyntaxTree?> findTree)
    {
        var arguments = new object[Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Arguments[i];
        }

        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        foreach (var property in Properties)
        {
            properties[property.Key] = property.Value;
        }

        return Diagnostic.Create(Descriptor, ToLocation(findTree), properties.ToImmutable(), arguments);
    }

    private Location ToLocation(Func<string, SyntaxTree?> findTree)
    {
        if (FilePath.Length == 0)
        {
            return Location.None;
        }

        var tree = findTree(FilePath);
        return tree is null ? Location.Create(FilePath, Span, LineSpan) : Location.Create(tree, Span);
    }
}

/// <summary>One key and value of a diagnostic's properties.</summary>
internal sealed record DiagnosticProperty(string Key, string Value);
