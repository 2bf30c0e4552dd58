using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SessionToolkit.Generators.Directories.Model;

/// <summary>
/// A diagnostic kept as plain values (descriptor id, file, span, message arguments), because a
/// <see cref="Location"/> holds a syntax tree and would keep the pipeline from caching.
/// </summary>
internal sealed record DiagnosticSpec
{
    public DiagnosticSpec(
        string descriptorId,
        string filePath,
        TextSpan span,
        LinePositionSpan lineSpan,
        EquatableArray<string> arguments
    )
    {
        DescriptorId = descriptorId;
        FilePath = filePath;
        Span = span;
        LineSpan = lineSpan;
        Arguments = arguments;
    }

    public string DescriptorId { get; }

    public string FilePath { get; }

    public TextSpan Span { get; }

    public LinePositionSpan LineSpan { get; }

    public EquatableArray<string> Arguments { get; }

    public static DiagnosticSpec Create(DiagnosticDescriptor descriptor, Location location, params string[] arguments)
    {
        var lineSpan = location.GetLineSpan();
        return new DiagnosticSpec(
            descriptor.Id,
            location.SourceTree?.FilePath ?? lineSpan.Path,
            location.SourceSpan,
            lineSpan.Span,
            arguments.ToEquatableArray()
        );
    }

    public Diagnostic ToDiagnostic(DiagnosticDescriptor descriptor)
    {
        var location = Location.Create(FilePath, Span, LineSpan);
        var arguments = new object[Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Arguments[i];
        }

        return Diagnostic.Create(descriptor, location, arguments);
    }
}
