using Microsoft.CodeAnalysis;

namespace SessionToolkit.Generators;

// Parser helpers for the schema analyzer, so that it names types and places diagnostics as the parser does.
public sealed partial class SessionStateGenerator
{
    /// <summary>The type's C# name as <see cref="Model.TypeSpec.FullTypeName"/> has it (<c>global::</c>-qualified).</summary>
    internal static string FullTypeName(INamedTypeSymbol type) => TypeParser.RenderNamedType(type, allowNull: false);

    /// <summary>The location of a member's declared type, or of its identifier when the syntax has no type.</summary>
    internal static Location MemberTypeLocation(ISymbol member) => TypeParser.TypeSyntaxLocation(member);

    /// <summary>The location of the named argument <paramref name="name"/> of an attribute, or null without one.</summary>
    internal static Location? NamedArgumentLocation(AttributeData attribute, string name) =>
        TypeParser.NamedArgumentLocation(attribute, name);
}
