using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SessionToolkit.Generators;

public sealed partial class SessionStateGenerator
{
    private sealed partial class TypeParser
    {
        /// <summary>The constructor the reader calls: per parameter a member index, or -1 and a default type.</summary>
        private sealed class ConstructorChoice
        {
            public List<int> Arguments { get; } = [];

            public List<string> Defaults { get; } = [];

            public HashSet<int> Bound { get; } = [];
        }

        // Rule: a record's primary constructor always wins, and its parameters bind to the synthesized properties
        // by exact, case-sensitive name (a [property: Transient] one gets default). Otherwise the reader uses the
        // constructor with the most parameters that all bind to persisted members of the same type, by name
        // ignoring case. This covers readonly fields set by a constructor. With none, it uses the parameterless one.
        private ConstructorChoice ChooseConstructor(List<MemberCandidate> members)
        {
            var primary = type.InstanceConstructors.FirstOrDefault(IsPrimaryConstructor);
            if (primary is not null)
            {
                return Bind(primary, members, StringComparison.Ordinal, allowUnbound: true)!;
            }

            var best = new ConstructorChoice();
            var bestCount = 0;
            foreach (var constructor in type.InstanceConstructors.OrderBy(c => c.Parameters.Length))
            {
                if (constructor.Parameters.Length <= bestCount || IsCopyConstructor(constructor))
                {
                    continue;
                }

                var choice = Bind(constructor, members, StringComparison.OrdinalIgnoreCase, allowUnbound: false);
                if (choice is not null)
                {
                    best = choice;
                    bestCount = constructor.Parameters.Length;
                }
            }

            return best;
        }

        private ConstructorChoice? Bind(
            IMethodSymbol constructor,
            List<MemberCandidate> members,
            StringComparison comparison,
            bool allowUnbound
        )
        {
            var choice = new ConstructorChoice();
            foreach (var parameter in constructor.Parameters)
            {
                var index = members.FindIndex(m =>
                    string.Equals(m.Symbol.Name, parameter.Name, comparison)
                    && SymbolEqualityComparer.Default.Equals(m.Type, parameter.Type)
                    && !choice.Bound.Contains(members.IndexOf(m))
                );
                if (index < 0 && !allowUnbound)
                {
                    return null;
                }

                choice.Arguments.Add(index);
                choice.Defaults.Add(index < 0 ? RenderType(parameter.Type, forceNullable: true) : "");
                if (index >= 0)
                {
                    choice.Bound.Add(index);
                }
            }

            return choice;
        }

        private static bool IsPrimaryConstructor(IMethodSymbol constructor) =>
            constructor.ContainingType.IsRecord
            && !IsCopyConstructor(constructor)
            && constructor.DeclaringSyntaxReferences.Any(r =>
                r.GetSyntax() is RecordDeclarationSyntax { ParameterList: not null }
            );

        private static bool IsCopyConstructor(IMethodSymbol constructor) =>
            constructor.Parameters.Length == 1
            && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, constructor.ContainingType);
    }
}
