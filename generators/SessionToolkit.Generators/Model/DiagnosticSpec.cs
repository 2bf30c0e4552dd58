using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SessionToolkit.Generators.Model;

/// <summary>
/// A diagnostic with its location kept as path and spans, so that the pipeline keeps no syntax tree alive.
/// </summary>
internal sealed record DiagnosticSpec(
    DiagnosticDescriptor Descriptor,
    string FilePath,
    TextSpan Span,
    LinePositionSpan LineSpan,
    EquatableArray<string> Arguments
)
{
    public static DiagnosticSpec Create(DiagnosticDescriptor descriptor, Location location, params string[] arguments)
    {
        var lineSpan = location.GetLineSpan();
        return new DiagnosticSpec(
            descriptor,
            lineSpan.Path,
            location.SourceSpan,
            lineSpan.Span,
            arguments.ToEquatableArray()
        );
    }

    public Diagnostic ToDiagnostic()
    {
        var arguments = new object[Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Arguments[i];
        }

        return Diagnostic.Create(Descriptor, Location.Create(FilePath, Span, LineSpan), arguments);
    }
}

/// <summary>The outcome of parsing one type: its spec, or only diagnostics when it has an error.</summary>
internal sealed record TypeResult(string Name, TypeSpec? Spec, EquatableArray<DiagnosticSpec> Diagnostics);
