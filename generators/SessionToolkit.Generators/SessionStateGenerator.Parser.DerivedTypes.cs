using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SessionToolkit.Generators.Model;

namespace SessionToolkit.Generators;

public sealed partial class SessionStateGenerator
{
    private sealed partial class TypeParser
    {
        // Derived types are listed most-derived first, so that a 'case' for a subclass is never shadowed by the
        // case of its own base in the generated switch.
        private EquatableArray<DerivedTypeSpec> DerivedTypes()
        {
            var found = new List<(int Depth, DerivedTypeSpec Spec)>();
            var discriminators = new HashSet<string>();
            var declared = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var attribute in type.GetAttributes())
            {
                if (!MetadataNames.Is(attribute.AttributeClass, KnownNames.SessionDerivedTypeAttribute))
                {
                    continue;
                }

                if (
                    attribute.ConstructorArguments.Length != 2
                    || attribute.ConstructorArguments[0].Value is not INamedTypeSymbol derived
                    || attribute.ConstructorArguments[1].Value is not string discriminator
                )
                {
                    continue;
                }

                if (ContainsErrorType(derived))
                {
                    _blockedByOtherError = true;
                    continue;
                }

                if (!InheritsFrom(derived, type))
                {
                    Report(
                        DiagnosticDescriptors.InvalidDerivedType,
                        ArgumentLocation(attribute, 0),
                        type.Name,
                        $"'{derived.ToDisplayString()}' does not derive from '{type.ToDisplayString()}'"
                    );
                    continue;
                }

                if (!declared.Add(derived))
                {
                    Report(
                        DiagnosticDescriptors.InvalidDerivedType,
                        ArgumentLocation(attribute, 0),
                        type.Name,
                        $"'{derived.ToDisplayString()}' is declared twice"
                    );
                    continue;
                }

                if (!discriminators.Add(discriminator))
                {
                    Report(
                        DiagnosticDescriptors.InvalidDerivedType,
                        ArgumentLocation(attribute, 1),
                        type.Name,
                        $"the discriminator '{discriminator}' is used twice"
                    );
                    continue;
                }

                found.Add(
                    (Depth(derived), new DerivedTypeSpec(RenderNamedType(derived, allowNull: false), discriminator))
                );
            }

            return found.OrderByDescending(f => f.Depth).Select(f => f.Spec).ToEquatableArray();
        }

        private static bool InheritsFrom(INamedTypeSymbol derived, INamedTypeSymbol baseType)
        {
            for (var current = derived.BaseType; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        private static int Depth(INamedTypeSymbol symbol)
        {
            var depth = 0;
            for (var current = symbol.BaseType; current is not null; current = current.BaseType)
            {
                depth++;
            }

            return depth;
        }
    }
}
