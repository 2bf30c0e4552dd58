using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SessionToolkit.Generators.Directories.Model;
using SessionToolkit.Generators.Model;

namespace SessionToolkit.Generators.Directories;

/// <summary>The members the generator adds, and the check that no user member clashes with them (SESS010).</summary>
internal static class DirectoryMembers
{
    public const string Storage = "Storage";
    public const string AllDirectories = "AllDirectories";
    public const string Populate = "Populate";

    public static void CheckClashes(INamedTypeSymbol type, List<DiagnosticSpec> diagnostics)
    {
        // A member may not have its type's name (CS0542), so a class named like a generated member clashes too.
        if (type.Name is Storage or AllDirectories or Populate)
        {
            Report(type, type.Name, diagnostics);
        }

        foreach (var member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared || !member.Locations[0].IsInSource)
            {
                continue;
            }

            var clash = ClashingMember(type, member);
            if (clash is not null)
            {
                Report(member, clash, diagnostics);
            }
        }
    }

    private static string? ClashingMember(INamedTypeSymbol type, ISymbol member)
    {
        if (member is IMethodSymbol method)
        {
            return MethodClash(type, method);
        }

        // A property, field, event or nested type takes the whole name, whatever its kind.
        return member.Name switch
        {
            Storage => Storage,
            AllDirectories => AllDirectories,
            Populate => Populate + "()",
            _ => null,
        };
    }

    private static string? MethodClash(INamedTypeSymbol type, IMethodSymbol method)
    {
        if (method.MethodKind == MethodKind.Constructor)
        {
            var takesStorage =
                method.Parameters.Length == 1
                && method.Parameters[0].RefKind == RefKind.None
                && method.Parameters[0].Type.ToDisplayString() == KnownNames.SessionStorage;
            return takesStorage ? $"{type.Name}(SessionStorage)" : null;
        }

        if (method.MethodKind != MethodKind.Ordinary)
        {
            return null;
        }

        // Another parameter list or a type parameter list makes an overload, which is allowed.
        return method.Name switch
        {
            Populate when method.Parameters.Length == 0 && method.TypeParameters.Length == 0 => Populate + "()",
            Storage => Storage,
            AllDirectories => AllDirectories,
            _ => null,
        };
    }

    private static void Report(ISymbol member, string generated, List<DiagnosticSpec> diagnostics) =>
        diagnostics.Add(
            DiagnosticSpec.Create(
                DiagnosticDescriptors.GeneratedMemberClash,
                member.Locations[0],
                member is IMethodSymbol { MethodKind: MethodKind.Constructor }
                    ? member.ContainingType.Name
                    : member.Name,
                generated
            )
        );
}
