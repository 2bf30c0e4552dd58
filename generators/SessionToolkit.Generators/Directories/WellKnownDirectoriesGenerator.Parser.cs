using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SessionToolkit.Generators.Directories.Model;
using SessionToolkit.Generators.Model;
using ContainingTypeSpec = SessionToolkit.Generators.Directories.Model.ContainingTypeSpec;

namespace SessionToolkit.Generators.Directories;

public sealed partial class WellKnownDirectoriesGenerator
{
    /// <summary>Turns one attributed class symbol into a <see cref="DirectoriesTypeSpec"/>.</summary>
    internal static class Parser
    {
        public static DirectoriesTypeSpec? Parse(GeneratorAttributeSyntaxContext context, CancellationToken token)
        {
            if (context.TargetSymbol is not INamedTypeSymbol type || !IsFirstAttributedPart(context, type))
            {
                return null;
            }

            return ParseType(type, context.SemanticModel.Compilation, token);
        }

        /// <summary>
        /// Parses one class into its spec and diagnostics. The generator and <c>WellKnownDirectoriesAnalyzer</c>
        /// both call this, so the analyzer reports the same errors that stop the generator's full output.
        /// </summary>
        public static DirectoriesTypeSpec ParseType(
            INamedTypeSymbol type,
            Compilation compilation,
            CancellationToken token
        )
        {
            try
            {
                return ParseChecked(type, compilation, token);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A bug in the generator must not drop the output of every other class: report it on this one.
                var failure = DiagnosticSpec.Create(
                    DiagnosticDescriptors.GeneratorFailure,
                    type.Locations.FirstOrDefault() ?? Location.None,
                    type.ToDisplayString(),
                    exception.GetType().Name,
                    exception.Message
                );
                var name = Names.Escape(type.Name);
                return new DirectoriesTypeSpec(
                    HintName(type),
                    null,
                    EquatableArray<ContainingTypeSpec>.Empty,
                    name,
                    name,
                    EquatableArray<DirectorySpec>.Empty,
                    EquatableArray<PartialPropertySpec>.Empty,
                    new[] { failure }.ToEquatableArray()
                );
            }
        }

        private static DirectoriesTypeSpec ParseChecked(
            INamedTypeSymbol type,
            Compilation compilation,
            CancellationToken token
        )
        {
            var directoryAttribute = compilation.GetTypeByMetadataName(KnownNames.WellKnownDirectoryAttribute);
            var diagnostics = new List<DiagnosticSpec>();
            CheckPartial(type, diagnostics);

            var directories = ReadDirectories(type, directoryAttribute, diagnostics, token);
            DirectoryMembers.CheckClashes(type, diagnostics);

            return new DirectoriesTypeSpec(
                HintName(type),
                NamespaceOf(type),
                ContainersOf(type),
                Names.Escape(type.Name) + TypeParameterList(type),
                Names.Escape(type.Name),
                directories,
                PartialProperties(type, directoryAttribute),
                diagnostics.ToEquatableArray()
            );
        }

        // ForAttributeWithMetadataName returns one result per attributed declaration. When the attribute is
        // repeated on a second part (CS0579), only the part with the first attribute makes the model.
        private static bool IsFirstAttributedPart(GeneratorAttributeSyntaxContext context, INamedTypeSymbol type)
        {
            var attributeClass = context.Attributes[0].AttributeClass;
            var first = type.GetAttributes()
                .Where(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeClass))
                .Select(a => a.ApplicationSyntaxReference)
                .FirstOrDefault(r => r is not null);
            return first is null
                || (first.SyntaxTree == context.TargetNode.SyntaxTree && context.TargetNode.Span.Contains(first.Span));
        }

        // SESS001 once, on the outermost type that lacks partial, so that one missing keyword gives one error.
        private static void CheckPartial(INamedTypeSymbol type, List<DiagnosticSpec> diagnostics)
        {
            var chain = new List<INamedTypeSymbol>();
            for (var current = type; current is not null; current = current.ContainingType)
            {
                chain.Insert(0, current);
            }

            var offending = chain.FirstOrDefault(t => !IsPartial(t));
            if (offending is null)
            {
                return;
            }

            var suffix = SymbolEqualityComparer.Default.Equals(offending, type)
                ? ""
                : $" (it contains the [WellKnownDirectories] class '{type.Name}')";
            diagnostics.Add(
                DiagnosticSpec.Create(
                    DiagnosticDescriptors.TypeNotPartial,
                    offending.Locations[0],
                    offending.Name,
                    suffix
                )
            );
        }

        private static bool IsPartial(INamedTypeSymbol type) =>
            type.DeclaringSyntaxReferences.Any(r =>
                r.GetSyntax() is TypeDeclarationSyntax declaration
                && declaration.Modifiers.Any(m => m.IsKind(SyntaxKind.PartialKeyword))
            );

        private static EquatableArray<DirectorySpec> ReadDirectories(
            INamedTypeSymbol type,
            INamedTypeSymbol? directoryAttribute,
            List<DiagnosticSpec> diagnostics,
            CancellationToken token
        )
        {
            // Source order across all parts gives "the second literal" of a duplicate a fixed meaning.
            var found = new List<(IPropertySymbol Property, string Path, Location Literal)>();
            foreach (var property in type.GetMembers().OfType<IPropertySymbol>().OrderBy(SourceOrder))
            {
                token.ThrowIfCancellationRequested();
                var attribute = property
                    .GetAttributes()
                    .FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, directoryAttribute));
                if (attribute is null)
                {
                    continue;
                }

                // Skipping such a property without a word would leave it never returning the directory path.
                if (WhyNotGenerated(property) is { } reason)
                {
                    diagnostics.Add(
                        DiagnosticSpec.Create(
                            DiagnosticDescriptors.DirectoryPropertyNotGenerated,
                            property.Locations[0],
                            property.Name,
                            reason
                        )
                    );
                    continue;
                }

                var literal = LiteralLocation(attribute) ?? property.Locations[0];
                var path =
                    attribute.ConstructorArguments.Length == 1
                        ? attribute.ConstructorArguments[0].Value as string
                        : null;
                var problem = DirectoryPaths.Validate(path);
                if (problem is not null)
                {
                    diagnostics.Add(
                        DiagnosticSpec.Create(DiagnosticDescriptors.InvalidDirectoryPath, literal, path ?? "", problem)
                    );
                    continue;
                }

                found.Add((property, path!, literal));
            }

            ReportDuplicates(found, diagnostics);

            return found
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .ThenBy(f => f.Property.Name, StringComparer.Ordinal)
                .Select(f => new DirectorySpec(
                    Names.Escape(f.Property.Name),
                    Names.Accessibility(f.Property.DeclaredAccessibility),
                    f.Path,
                    f.Path.Split('/').ToEquatableArray()
                ))
                .ToEquatableArray();
        }

        private static EquatableArray<PartialPropertySpec> PartialProperties(
            INamedTypeSymbol type,
            INamedTypeSymbol? directoryAttribute
        ) =>
            type.GetMembers()
                .OfType<IPropertySymbol>()
                .Where(p =>
                    IsPartialStringGetter(p)
                    && p.GetAttributes()
                        .Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, directoryAttribute))
                )
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => new PartialPropertySpec(
                    Names.Escape(p.Name),
                    Names.Accessibility(p.DeclaredAccessibility)
                ))
                .ToEquatableArray();

        // Case-insensitive, because a checkpoint folder may be copied to a file system that ignores case.
        private static void ReportDuplicates(
            List<(IPropertySymbol Property, string Path, Location Literal)> found,
            List<DiagnosticSpec> diagnostics
        )
        {
            var seen = new Dictionary<string, IPropertySymbol>(StringComparer.OrdinalIgnoreCase);
            foreach (var (property, path, literal) in found)
            {
                if (seen.TryGetValue(path, out var first))
                {
                    diagnostics.Add(
                        DiagnosticSpec.Create(
                            DiagnosticDescriptors.DuplicateDirectoryPath,
                            literal,
                            path,
                            property.Name,
                            first.Name
                        )
                    );
                    continue;
                }

                seen.Add(path, property);
            }
        }

        // Only a partial definition of a string property with a getter and no setter can be implemented as a path.
        private static bool IsPartialStringGetter(IPropertySymbol property) => WhyNotGenerated(property) is null;

        private static string? WhyNotGenerated(IPropertySymbol property)
        {
            if (!property.IsPartialDefinition)
            {
                return "it is not declared partial";
            }

            if (property.IsStatic)
            {
                return "it is static";
            }

            if (property.Type.SpecialType != SpecialType.System_String)
            {
                return $"its type is '{property.Type.ToDisplayString()}', not string";
            }

            if (property.GetMethod is null)
            {
                return "it has no getter";
            }

            return property.SetMethod is null ? null : "it has a setter or an init accessor";
        }

        private static Location? LiteralLocation(AttributeData attribute) =>
            attribute.ApplicationSyntaxReference?.GetSyntax()
                is AttributeSyntax { ArgumentList.Arguments.Count: > 0 } syntax
                ? syntax.ArgumentList.Arguments[0].Expression.GetLocation()
                : null;

        private static (string, int) SourceOrder(ISymbol symbol)
        {
            var location = symbol.Locations.FirstOrDefault(l => l.IsInSource);
            return (location?.SourceTree?.FilePath ?? "", location?.SourceSpan.Start ?? 0);
        }

        private static string? NamespaceOf(INamedTypeSymbol type) =>
            type.ContainingNamespace is { IsGlobalNamespace: false } ns
                ? string.Join(".", NamespaceParts(ns).Select(Names.Escape))
                : null;

        private static IEnumerable<string> NamespaceParts(INamespaceSymbol ns)
        {
            var parts = new List<string>();
            for (var current = ns; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
            {
                parts.Insert(0, current.Name);
            }

            return parts;
        }

        private static EquatableArray<ContainingTypeSpec> ContainersOf(INamedTypeSymbol type)
        {
            var containers = new List<ContainingTypeSpec>();
            for (var current = type.ContainingType; current is not null; current = current.ContainingType)
            {
                containers.Insert(
                    0,
                    new ContainingTypeSpec(Keyword(current), Names.Escape(current.Name) + TypeParameterList(current))
                );
            }

            return containers.ToEquatableArray();
        }

        private static string Keyword(INamedTypeSymbol type) =>
            (type.TypeKind, type.IsRecord) switch
            {
                (TypeKind.Struct, true) => "record struct",
                (TypeKind.Struct, false) => "struct",
                (TypeKind.Interface, _) => "interface",
                (_, true) => "record",
                _ => "class",
            };

        private static string TypeParameterList(INamedTypeSymbol type) =>
            type.TypeParameters.Length == 0
                ? ""
                : "<" + string.Join(", ", type.TypeParameters.Select(p => Names.Escape(p.Name))) + ">";

        // The metadata names joined with dots: no '<', '>', ',', '@' or spaces, and a backtick arity becomes '-',
        // which no C# identifier contains, so two types cannot share a hint name.
        private static string HintName(INamedTypeSymbol type)
        {
            var parts = new List<string>();
            for (var current = type; current is not null; current = current.ContainingType)
            {
                parts.Insert(0, current.MetadataName.Replace('`', '-'));
            }

            if (type.ContainingNamespace is { IsGlobalNamespace: false } ns)
            {
                parts.InsertRange(0, NamespaceParts(ns));
            }

            return string.Join(".", parts) + ".WellKnownDirectories.g.cs";
        }
    }
}
