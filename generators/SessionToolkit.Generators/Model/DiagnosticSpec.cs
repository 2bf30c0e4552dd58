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
            lineSpan.Path ?? "",
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

        var location = FilePath.Length == 0 ? Location.None : Location.Create(FilePath, Span, LineSpan);
        return Diagnostic.Create(Descriptor, location, arguments);
    }
}
