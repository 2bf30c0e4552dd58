using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SessionToolkit.Generators.Model;

namespace SessionToolkit.Generators;

public sealed partial class SessionStateGenerator
{
    private sealed partial class TypeParser
    {
        /// <summary>A persisted member found on the type or a base type, before its assignment is decided.</summary>
        private sealed record MemberCandidate(
            ISymbol Symbol,
            ITypeSymbol Type,
            string JsonName,
            int Since,
            bool IsRequired,
            bool IsMetadata,
            AttributeData? Converter
        );

        // Walks the type and its bases, most-derived first, so that per C# name and per JSON name the
        // most-derived member wins. Each level is visited in source order (file path, then position), so that
        // SESS003 goes on the second member as declared, and is then sorted by name. Neither order depends on the
        // order of partial declarations or files. Base members come first in the output.
        private List<MemberCandidate> CollectMembers(int naming, int version)
        {
            var levels = new List<List<MemberCandidate>>();
            var seenNames = new Dictionary<string, ISymbol>();
            var seenJson = new HashSet<string>();
            var duplicates = new List<(ISymbol Member, string JsonName, ISymbol First)>();
            for (var current = type; current is not null && !IsFrameworkBase(current); current = current.BaseType)
            {
                var level = new List<MemberCandidate>();
                var levelJson = new Dictionary<string, ISymbol>();
                foreach (var member in current.GetMembers().OrderBy(SourceOrder).ThenBy(m => m.Name, Ordinal))
                {
                    if (member is not (IPropertySymbol or IFieldSymbol) || member.IsStatic)
                    {
                        continue;
                    }

                    var hiddenBy = seenNames.TryGetValue(member.Name, out var derived) ? derived : null;
                    if (hiddenBy is null)
                    {
                        seenNames[member.Name] = member;
                    }

                    var candidate = ToCandidate(member, current, naming, version);
                    if (candidate is null)
                    {
                        continue;
                    }

                    if (hiddenBy is not null)
                    {
                        ReportHidden(hiddenBy, member);
                        continue;
                    }

                    if (levelJson.TryGetValue(candidate.JsonName, out var first))
                    {
                        duplicates.Add((member, candidate.JsonName, first));
                        continue;
                    }

                    if (seenJson.Contains(candidate.JsonName))
                    {
                        continue;
                    }

                    levelJson[candidate.JsonName] = member;
                    level.Add(candidate);
                }

                seenJson.UnionWith(levelJson.Keys);
                levels.Insert(0, level.OrderBy(c => c.Symbol.Name, Ordinal).ToList());
            }

            ReportDuplicates(duplicates, seenJson, naming);
            return levels.SelectMany(l => l).ToList();
        }

        // SESS003 carries a free persisted name for the rename fix. The names are known only once every level
        // is collected, so the duplicates are reported at the end.
        private void ReportDuplicates(
            List<(ISymbol Member, string JsonName, ISymbol First)> duplicates,
            HashSet<string> used,
            int naming
        )
        {
            foreach (var (member, jsonName, first) in duplicates)
            {
                var suggested = SuggestFreeName(member.Name, jsonName, naming, used);
                used.Add(suggested);
                var properties = new[] { new DiagnosticProperty(SuggestedNameProperty, suggested) };
                _diagnostics.Add(
                    DiagnosticSpec.Create(
                        DiagnosticDescriptors.DuplicatePersistedName,
                        member.Locations[0],
                        properties.ToEquatableArray(),
                        member.Name,
                        jsonName,
                        first.Name
                    )
                );
            }
        }

        // The member's own name under the naming policy reads best. A number is appended when that name is the
        // clashing one, or when it is taken too.
        private static string SuggestFreeName(string memberName, string taken, int naming, HashSet<string> used)
        {
            var own = NamingPolicies.Apply(naming, memberName);
            var stem = own == taken ? taken : own;
            if (!used.Contains(stem))
            {
                return stem;
            }

            for (var number = 2; ; number++)
            {
                var candidate = stem + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!used.Contains(candidate))
                {
                    return candidate;
                }
            }
        }

        private static readonly System.StringComparer Ordinal = System.StringComparer.Ordinal;

        // Members from metadata have no source location and sort first, by name.
        private static (string, int) SourceOrder(ISymbol symbol)
        {
            var location = symbol.Locations.FirstOrDefault(l => l.IsInSource);
            return (location?.SourceTree?.FilePath ?? "", location?.SourceSpan.Start ?? 0);
        }

        private static bool IsFrameworkBase(INamedTypeSymbol symbol) =>
            symbol.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType;

        // SESS012 is only for 'new' members, because an override replaces the base member and no value is lost.
        private void ReportHidden(ISymbol derived, ISymbol hidden)
        {
            var overrides = derived is IPropertySymbol { IsOverride: true } || derived.IsOverride;
            if (overrides)
            {
                return;
            }

            Report(
                DiagnosticDescriptors.HiddenBaseMemberNotPersisted,
                derived.Locations[0],
                derived.Name,
                hidden.ContainingType.Name + "." + hidden.Name
            );
        }

        private MemberCandidate? ToCandidate(ISymbol member, INamedTypeSymbol owner, int naming, int version)
        {
            var persist = FindAttribute(member, KnownNames.PersistAttribute);
            var isBase = !SymbolEqualityComparer.Default.Equals(owner, type);
            if (member.IsImplicitlyDeclared)
            {
                return null;
            }

            if (HasAttribute(member, KnownNames.TransientAttribute))
            {
                ReportMetadataNotPersisted(member);
                return null;
            }

            if (isBase && member.DeclaredAccessibility == Accessibility.Private)
            {
                return null;
            }

            var (memberType, persisted, required) = member switch
            {
                IPropertySymbol p => (p.Type, IsPersistedProperty(p, persist) || IsPrimaryParameter(p), p.IsRequired),
                IFieldSymbol f => (f.Type, persist is not null || f.IsRequired, f.IsRequired),
                _ => (null!, false, false),
            };
            if (!persisted)
            {
                ReportMetadataNotPersisted(member);
                return null;
            }

            var since = persist is null ? 0 : NamedInt(persist, "Since", 0);
            if (isState && since > version)
            {
                Report(
                    DiagnosticDescriptors.SinceAboveVersion,
                    NamedArgumentLocation(persist!, "Since") ?? member.Locations[0],
                    member.Name,
                    since.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    type.Name
                );
            }

            var jsonName = (persist is null ? null : NamedString(persist, "Name"))
                ?? NamingPolicies.Apply(naming, member.Name);
            if (PersistedNameProblem(jsonName, IsPolymorphic()) is { } problem)
            {
                Report(
                    DiagnosticDescriptors.PersistedNameInvalid,
                    (persist is null ? null : NamedArgumentLocation(persist, "Name")) ?? member.Locations[0],
                    member.Name,
                    SymbolDisplay.FormatLiteral(jsonName, quote: false),
                    problem
                );
            }

            var metadata = HasAttribute(member, KnownNames.SessionMetadataAttribute);
            var converter = FindAttribute(member, KnownNames.SessionConverterAttribute);
            return new MemberCandidate(member, memberType, jsonName, since, required, metadata, converter);
        }

        // Returns the reason a JSON name cannot be written and read back, or null. Only [Persist(Name)] gives
        // such a name, because C# identifiers contain neither '$' nor a surrogate.
        private static string? PersistedNameProblem(string jsonName, bool polymorphic)
        {
            if (polymorphic && jsonName == "$type")
            {
                return "is the member that holds the discriminator of a [SessionDerivedType] value";
            }

            for (var i = 0; i < jsonName.Length; i++)
            {
                if (
                    char.IsHighSurrogate(jsonName[i])
                    && i + 1 < jsonName.Length
                    && char.IsLowSurrogate(jsonName[i + 1])
                )
                {
                    i++;
                    continue;
                }

                if (char.IsSurrogate(jsonName[i]))
                {
                    var code = ((int)jsonName[i]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
                    return $"has a lone surrogate (U+{code}), which UTF-8 JSON cannot hold";
                }
            }

            return null;
        }

        // A type whose values may carry a "$type" discriminator: it, a base type or an interface of it lists
        // derived types.
        private bool IsPolymorphic()
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (HasAttribute(current, KnownNames.SessionDerivedTypeAttribute))
                {
                    return true;
                }
            }

            return type.AllInterfaces.Any(i => HasAttribute(i, KnownNames.SessionDerivedTypeAttribute));
        }

        private void ReportMetadataNotPersisted(ISymbol member)
        {
            if (HasAttribute(member, KnownNames.SessionMetadataAttribute))
            {
                Report(DiagnosticDescriptors.MetadataMemberNotPersisted, member.Locations[0], member.Name);
            }
        }

        // Public properties with a getter and a setter or init are persisted by default; get-only ones are
        // computed and are not. [Persist] opts in any other property; indexers never take part.
        // A record parameter is persisted even when the record declares the property itself as get-only
        // (record R(int A) { public int A { get; } = A; }), because the primary constructor sets it.
        private bool IsPrimaryParameter(IPropertySymbol property) =>
            type.InstanceConstructors.Any(c =>
                IsPrimaryConstructor(c)
                && c.Parameters.Any(p =>
                    p.Name == property.Name && SymbolEqualityComparer.Default.Equals(p.Type, property.Type)
                )
            );

        private static bool IsPersistedProperty(IPropertySymbol property, AttributeData? persist)
        {
            if (property.IsIndexer)
            {
                return false;
            }

            if (persist is not null || property.IsRequired)
            {
                return true;
            }

            return property.DeclaredAccessibility == Accessibility.Public
                && property.GetMethod is not null
                && property.SetMethod is { DeclaredAccessibility: not Accessibility.Private };
        }

        private List<MemberSpec> BuildMemberSpecs(List<MemberCandidate> members, ConstructorChoice constructor)
        {
            var specs = new List<MemberSpec>();
            for (var i = 0; i < members.Count; i++)
            {
                var member = members[i];
                if (ContainsErrorType(member.Type))
                {
                    // The compiler already reports the unknown type; SESS002 on it would only repeat that.
                    _blockedByOtherError = true;
                    continue;
                }

                var typeRef = member.Converter is null ? BuildTypeRef(member.Type) : BuildConverterRef(member);
                if (typeRef is null)
                {
                    Report(
                        DiagnosticDescriptors.UnsupportedMemberType,
                        TypeSyntaxLocation(member.Symbol),
                        member.Symbol.Name,
                        member.Type.ToDisplayString(),
                        _unsupportedReason
                    );
                    continue;
                }

                var assignment = Assignment(member, constructor.Bound.Contains(i));
                if (assignment is null)
                {
                    Report(DiagnosticDescriptors.MemberCannotBeSet, member.Symbol.Locations[0], member.Symbol.Name);
                    continue;
                }

                specs.Add(
                    new MemberSpec(
                        Escape(member.Symbol.Name),
                        member.JsonName,
                        typeRef,
                        assignment.Value,
                        assignment == MemberAssignment.Constructor || member.IsRequired,
                        member.Since,
                        member.IsMetadata
                    )
                );
            }

            return specs;
        }

        private static bool ContainsErrorType(ITypeSymbol symbol) =>
            symbol switch
            {
                { TypeKind: TypeKind.Error } => true,
                IArrayTypeSymbol array => ContainsErrorType(array.ElementType),
                INamedTypeSymbol named => named.TypeArguments.Any(ContainsErrorType),
                _ => false,
            };

        private static MemberAssignment? Assignment(MemberCandidate member, bool bound)
        {
            if (bound)
            {
                return MemberAssignment.Constructor;
            }

            return member.Symbol switch
            {
                IPropertySymbol { SetMethod: null } => null,
                IPropertySymbol p when p.SetMethod!.IsInitOnly || p.IsRequired => MemberAssignment.Initializer,
                IPropertySymbol => MemberAssignment.Setter,
                IFieldSymbol { IsReadOnly: true } => null,
                IFieldSymbol f when f.IsRequired => MemberAssignment.Initializer,
                IFieldSymbol => MemberAssignment.Setter,
                _ => null,
            };
        }

        internal static Location? NamedArgumentLocation(AttributeData attribute, string name)
        {
            var syntax = attribute.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax;
            var argument = syntax?.ArgumentList?.Arguments.FirstOrDefault(a =>
                a.NameEquals?.Name.Identifier.Text == name
            );
            return argument?.GetLocation();
        }

        // The positional argument at index, or the whole attribute when its syntax has no such argument.
        private Location ArgumentLocation(AttributeData attribute, int index)
        {
            var syntax = attribute.ApplicationSyntaxReference?.GetSyntax(token) as AttributeSyntax;
            var positional = syntax?.ArgumentList?.Arguments.Where(a => a.NameEquals is null && a.NameColon is null);
            var argument = positional?.Skip(index).FirstOrDefault();
            return argument?.GetLocation() ?? syntax?.GetLocation() ?? type.Locations[0];
        }

        internal static Location TypeSyntaxLocation(ISymbol member)
        {
            var syntax = member.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
            var typeSyntax = syntax switch
            {
                PropertyDeclarationSyntax p => p.Type,
                ParameterSyntax p => p.Type,
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax d } => d.Type,
                _ => null,
            };
            return typeSyntax?.GetLocation() ?? member.Locations[0];
        }
    }
}
