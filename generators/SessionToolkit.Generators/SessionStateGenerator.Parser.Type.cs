using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SessionToolkit.Generators.Model;

namespace SessionToolkit.Generators;

public sealed partial class SessionStateGenerator
{
    /// <summary>Parses one type. The symbols it keeps are used only during <see cref="Parse"/>.</summary>
    private sealed partial class TypeParser(INamedTypeSymbol type, bool isState, CancellationToken token)
    {
        /// <summary>Key of SESS003's diagnostic property with a free persisted name, read by the rename fix.</summary>
        public const string SuggestedNameProperty = "SuggestedName";

        private readonly List<DiagnosticSpec> _diagnostics = [];
        private readonly List<EnumSpec> _enums = [];
        private readonly List<ConverterSpec> _converters = [];

        public TypeResult Parse()
        {
            var name = type.ToDisplayString();
            if (!CheckPartial() || !CheckClosed())
            {
                return new TypeResult(name, null, _diagnostics.ToEquatableArray());
            }

            var attribute = FindAttribute(
                type,
                isState ? KnownNames.SessionStateAttribute : KnownNames.SessionDataAttribute
            )!;
            var version = NamedInt(attribute, "Version", 1);
            if (isState && version < 1)
            {
                // A checkpoint stores the version, and a reader takes only 1 and up, so nothing saved could be read.
                Report(
                    DiagnosticDescriptors.VersionBelowOne,
                    NamedArgumentLocation(attribute, "Version") ?? type.Locations[0],
                    type.Name,
                    version.ToString(System.Globalization.CultureInfo.InvariantCulture)
                );
                return new TypeResult(name, null, _diagnostics.ToEquatableArray());
            }

            var naming = NamedInt(attribute, "Naming", NamingPolicies.AsDeclared);
            var members = CollectMembers(naming, version);
            token.ThrowIfCancellationRequested();

            var constructor = ChooseConstructor(members);
            var specs = BuildMemberSpecs(members, constructor);
            var migrations = isState ? Migrations(version) : EquatableArray<MigrationSpec>.Empty;
            CheckNewMembersResumeNull(members, specs, migrations, version);
            var derivedTypes = DerivedTypes();
            var directories = DirectoriesType(attribute);
            if (_blockedByOtherError || _diagnostics.Any(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error))
            {
                return new TypeResult(name, null, _diagnostics.ToEquatableArray());
            }

            var spec = new TypeSpec(
                HintName(),
                type.ContainingNamespace.IsGlobalNamespace ? "" : NamespaceText(type.ContainingNamespace),
                ContainingTypes(),
                Keyword(type),
                Declaration(type),
                RenderNamedType(type, allowNull: false),
                isState,
                type.IsAbstract,
                version,
                NamedString(attribute, "TypeId") ?? MetadataName(type),
                directories,
                specs.ToEquatableArray(),
                constructor.Arguments.ToEquatableArray(),
                constructor.Defaults.ToEquatableArray(),
                _enums.ToEquatableArray(),
                _converters.ToEquatableArray(),
                migrations,
                derivedTypes
            );
            return new TypeResult(name, spec, _diagnostics.ToEquatableArray());
        }

        // SESS001 goes on the outermost type that lacks 'partial', once, whichever part carried the attribute.
        private bool CheckPartial()
        {
            var chain = new List<INamedTypeSymbol>();
            for (var current = type; current is not null; current = current.ContainingType)
            {
                chain.Insert(0, current);
            }

            foreach (var candidate in chain)
            {
                var declaration = candidate
                    .DeclaringSyntaxReferences.Select(r => r.GetSyntax(token))
                    .OfType<TypeDeclarationSyntax>()
                    .FirstOrDefault(d => !d.Modifiers.Any(SyntaxKind.PartialKeyword));
                if (declaration is null)
                {
                    continue;
                }

                var detail = SymbolEqualityComparer.Default.Equals(candidate, type)
                    ? ""
                    : $" (it contains '{type.ToDisplayString()}')";
                Report(
                    DiagnosticDescriptors.TypeNotPartial,
                    declaration.Identifier.GetLocation(),
                    candidate.Name,
                    detail
                );
                return false;
            }

            return true;
        }

        private bool CheckClosed()
        {
            if (type.TypeParameters.Length == 0)
            {
                return true;
            }

            Report(DiagnosticDescriptors.OpenGenericType, type.Locations[0], type.ToDisplayString());
            return false;
        }

        private void Report(DiagnosticDescriptor descriptor, Location location, params string[] arguments) =>
            _diagnostics.Add(DiagnosticSpec.Create(descriptor, location, arguments));

        // The hint name is the full metadata name (namespace, containing types with '+', arity with '`'), which is
        // unique per type and contains no character that Roslyn rejects in a hint name.
        private string HintName() => MetadataName(type) + ".g.cs";

        private static string MetadataName(INamedTypeSymbol symbol)
        {
            var name = symbol.MetadataName;
            for (var outer = symbol.ContainingType; outer is not null; outer = outer.ContainingType)
            {
                name = outer.MetadataName + "+" + name;
            }

            for (var ns = symbol.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            {
                name = ns.Name + "." + name;
            }

            return name;
        }

        private static string NamespaceText(INamespaceSymbol ns) =>
            ns.ContainingNamespace is { IsGlobalNamespace: false } parent
                ? NamespaceText(parent) + "." + Escape(ns.Name)
                : Escape(ns.Name);

        private EquatableArray<ContainingTypeSpec> ContainingTypes()
        {
            var list = new List<ContainingTypeSpec>();
            for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            {
                list.Insert(0, new ContainingTypeSpec(Keyword(outer), Declaration(outer), Constraints(outer)));
            }

            return list.ToEquatableArray();
        }

        private static string Keyword(INamedTypeSymbol symbol) =>
            (symbol.IsRecord, symbol.TypeKind) switch
            {
                (true, TypeKind.Struct) => "record struct",
                (true, _) => "record",
                (_, TypeKind.Struct) => "struct",
                (_, TypeKind.Interface) => "interface",
                _ => "class",
            };

        private static string Declaration(INamedTypeSymbol symbol) =>
            symbol.TypeParameters.Length == 0
                ? Escape(symbol.Name)
                : Escape(symbol.Name)
                    + "<"
                    + string.Join(", ", symbol.TypeParameters.Select(p => Escape(p.Name)))
                    + ">";

        // Repeats the constraints of the user's declaration, so the generated part reads like it. A part may also
        // leave them out, but when it states them they must match exactly.
        private static string Constraints(INamedTypeSymbol symbol)
        {
            var clauses = new List<string>();
            foreach (var parameter in symbol.TypeParameters)
            {
                var parts = new List<string>();
                if (parameter.HasReferenceTypeConstraint)
                {
                    var nullable = parameter.ReferenceTypeConstraintNullableAnnotation == NullableAnnotation.Annotated;
                    parts.Add(nullable ? "class?" : "class");
                }
                else if (parameter.HasUnmanagedTypeConstraint)
                {
                    parts.Add("unmanaged");
                }
                else if (parameter.HasValueTypeConstraint)
                {
                    parts.Add("struct");
                }
                else if (parameter.HasNotNullConstraint)
                {
                    parts.Add("notnull");
                }

                parts.AddRange(parameter.ConstraintTypes.Select(t => RenderType(t, forceNullable: false)));
                if (parameter.HasConstructorConstraint)
                {
                    parts.Add("new()");
                }

                if (parts.Count > 0)
                {
                    clauses.Add($" where {Escape(parameter.Name)} : {string.Join(", ", parts)}");
                }
            }

            return string.Concat(clauses);
        }

        private string? DirectoriesType(AttributeData attribute)
        {
            var argument = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Directories").Value;
            if (argument.Value is not INamedTypeSymbol directories)
            {
                return null;
            }

            _blockedByOtherError |= ContainsErrorType(directories);
            if (!ContainsErrorType(directories) && !HasAttribute(directories, KnownNames.WellKnownDirectoriesAttribute))
            {
                // The generated PopulateDirectories constructs this type from a SessionStorage, which only the
                // directories generator provides.
                Report(
                    DiagnosticDescriptors.DirectoriesTypeInvalid,
                    NamedArgumentLocation(attribute, "Directories") ?? type.Locations[0],
                    directories.ToDisplayString(),
                    type.Name
                );
                return null;
            }

            return RenderNamedType(directories, allowNull: false);
        }

        private EquatableArray<MigrationSpec> Migrations(int version)
        {
            var list = new List<MigrationSpec>();
            var methods = new Dictionary<int, IMethodSymbol>();
            foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
            {
                var attribute = FindAttribute(method, KnownNames.SessionMigrationAttribute);
                if (attribute is null)
                {
                    continue;
                }

                if (ContainsErrorType(method.ReturnType) || method.Parameters.Any(p => ContainsErrorType(p.Type)))
                {
                    _blockedByOtherError = true;
                    continue;
                }

                if (!IsMigrationSignature(method))
                {
                    Report(
                        DiagnosticDescriptors.InvalidMigration,
                        method.Locations[0],
                        method.Name,
                        "it must be 'static JsonObject Name(JsonObject session)'"
                    );
                    continue;
                }

                var from = NamedInt(attribute, "FromVersion", 0);
                if (from < 1 || from >= version || list.Any(m => m.FromVersion == from))
                {
                    var reason =
                        from < 1 || from >= version
                            ? FromVersionOutOfRange(from, version)
                            : $"another migration already upgrades version {from}";
                    Report(DiagnosticDescriptors.InvalidMigration, method.Locations[0], method.Name, reason);
                    continue;
                }

                list.Add(new MigrationSpec(from, Escape(method.Name)));
                methods[from] = method;
            }

            CheckMigrationChain(methods);
            return list.OrderBy(m => m.FromVersion).ToEquatableArray();
        }

        // A state at version 1 has no older version, so a range "from 1 to 0" would make no sense to the reader.
        private static string FromVersionOutOfRange(int from, int version) =>
            version switch
            {
                1 =>
                    $"FromVersion = {from}, but the state is at version 1, which has no older version to migrate from; "
                        + "raise Version or remove the method",
                2 => $"FromVersion = {from} must be 1, below the state's version 2",
                _ => $"FromVersion = {from} must be from 1 to {version - 1}, below the state's version {version}",
            };

        // A version without a migration passes its JSON through unchanged, which is right after the last migration
        // (later versions may only add members with Since). Between two migrations, though, a missing version is
        // almost always a forgotten or misnumbered method, so each such range is reported once, on the migration
        // just above it.
        private void CheckMigrationChain(Dictionary<int, IMethodSymbol> methods)
        {
            if (methods.Count == 0)
            {
                return;
            }

            var lowest = methods.Keys.Min();
            var highest = methods.Keys.Max();
            var missingFrom = 0;
            for (var from = lowest; from <= highest; from++)
            {
                if (!methods.TryGetValue(from, out var method))
                {
                    missingFrom = missingFrom == 0 ? from : missingFrom;
                    continue;
                }

                if (missingFrom == 0)
                {
                    continue;
                }

                var range =
                    missingFrom == from - 1 ? $"version {missingFrom}" : $"versions {missingFrom} to {from - 1}";
                Report(
                    DiagnosticDescriptors.InvalidMigration,
                    method.Locations[0],
                    method.Name,
                    $"the chain has a gap: no migration upgrades {range}, between the migrations from version "
                        + $"{lowest} and from version {from}"
                );
                missingFrom = 0;
            }
        }

        private static bool IsMigrationSignature(IMethodSymbol method) =>
            method.IsStatic
            && method.Parameters.Length == 1
            && method.Parameters[0].RefKind == RefKind.None
            && method.TypeParameters.Length == 0
            && IsJsonObject(method.ReturnType)
            && IsJsonObject(method.Parameters[0].Type);

        private static bool IsJsonObject(ITypeSymbol symbol) =>
            symbol.OriginalDefinition.ToDisplayString() == KnownNames.Framework.JsonObject;

        internal static int NamedInt(AttributeData attribute, string name, int fallback)
        {
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == name && argument.Value.Value is int value)
                {
                    return value;
                }
            }

            return fallback;
        }

        internal static string? NamedString(AttributeData attribute, string name)
        {
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == name && argument.Value.Value is string value)
                {
                    return value;
                }
            }

            return null;
        }
    }
}
