using System.Collections.Generic;
using System.Globalization;
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
        private static readonly Dictionary<SpecialType, string> SpecialScalars = new()
        {
            [SpecialType.System_Boolean] = "Boolean",
            [SpecialType.System_Char] = "Char",
            [SpecialType.System_SByte] = "SByte",
            [SpecialType.System_Byte] = "Byte",
            [SpecialType.System_Int16] = "Int16",
            [SpecialType.System_UInt16] = "UInt16",
            [SpecialType.System_Int32] = "Int32",
            [SpecialType.System_UInt32] = "UInt32",
            [SpecialType.System_Int64] = "Int64",
            [SpecialType.System_UInt64] = "UInt64",
            [SpecialType.System_IntPtr] = "IntPtr",
            [SpecialType.System_UIntPtr] = "UIntPtr",
            [SpecialType.System_Single] = "Single",
            [SpecialType.System_Double] = "Double",
            [SpecialType.System_Decimal] = "Decimal",
            [SpecialType.System_String] = "String",
            [SpecialType.System_DateTime] = "DateTime",
        };

        private static readonly Dictionary<string, string> NamedScalars = new()
        {
            [KnownNames.Framework.Guid] = "Guid",
            [KnownNames.Framework.DateTimeOffset] = "DateTimeOffset",
            [KnownNames.Framework.TimeSpan] = "TimeSpan",
            [KnownNames.Framework.DateOnly] = "DateOnly",
            [KnownNames.Framework.TimeOnly] = "TimeOnly",
            [KnownNames.Framework.Uri] = "Uri",
            [KnownNames.Framework.Half] = "Half",
            [KnownNames.Framework.Int128] = "Int128",
            [KnownNames.Framework.UInt128] = "UInt128",
            [KnownNames.Framework.JsonElement] = "JsonElement",
        };

        private static readonly Dictionary<string, ValueKind> Collections = new()
        {
            [KnownNames.Framework.List] = ValueKind.List,
            [KnownNames.Framework.IEnumerable] = ValueKind.List,
            [KnownNames.Framework.IReadOnlyList] = ValueKind.List,
            [KnownNames.Framework.IList] = ValueKind.List,
            [KnownNames.Framework.ICollection] = ValueKind.List,
            [KnownNames.Framework.IReadOnlyCollection] = ValueKind.List,
            [KnownNames.Framework.HashSet] = ValueKind.HashSet,
            [KnownNames.Framework.ISet] = ValueKind.HashSet,
            [KnownNames.Framework.IReadOnlySet] = ValueKind.HashSet,
            [KnownNames.Framework.Dictionary] = ValueKind.Dictionary,
            [KnownNames.Framework.IDictionary] = ValueKind.Dictionary,
            [KnownNames.Framework.IReadOnlyDictionary] = ValueKind.Dictionary,
            [KnownNames.Framework.ImmutableArray] = ValueKind.ImmutableArray,
            [KnownNames.Framework.ImmutableList] = ValueKind.ImmutableList,
            [KnownNames.Framework.ImmutableHashSet] = ValueKind.ImmutableHashSet,
            [KnownNames.Framework.ImmutableDictionary] = ValueKind.ImmutableDictionary,
        };

        private string _unsupportedReason = "";

        // Set when another error already explains why the type gets no code: the compiler's own error on a type
        // that does not exist, or SESS001 on a member's data type. A diagnostic of ours would only repeat it.
        private bool _blockedByOtherError;

        private static bool IsPartialChain(INamedTypeSymbol symbol)
        {
            for (var current = symbol; current is not null; current = current.ContainingType)
            {
                var declarations = current
                    .DeclaringSyntaxReferences.Select(r => r.GetSyntax())
                    .OfType<TypeDeclarationSyntax>();
                if (declarations.Any(d => !d.Modifiers.Any(SyntaxKind.PartialKeyword)))
                {
                    return false;
                }
            }

            return true;
        }

        // Returns null, with the reason in _unsupportedReason, for a type outside the supported list. Nested
        // state and data types are referenced by name and not walked, so a type that contains itself ends here.
        private TypeRefSpec? BuildTypeRef(ITypeSymbol symbol)
        {
            var typeName = RenderType(symbol, forceNullable: false);
            var bare = RenderType(symbol.WithNullableAnnotation(NullableAnnotation.NotAnnotated), forceNullable: false);
            var isReference = symbol.IsReferenceType;
            var allowsNull = isReference && symbol.NullableAnnotation != NullableAnnotation.NotAnnotated;
            TypeRefSpec Make(ValueKind kind, string helper, TypeRefSpec? element = null, TypeRefSpec? key = null) =>
                new(kind, typeName, bare, isReference, allowsNull, helper, element, key);

            if (SpecialScalars.TryGetValue(symbol.SpecialType, out var special))
            {
                return Make(ValueKind.Scalar, special);
            }

            if (symbol is IArrayTypeSymbol array)
            {
                return BuildArray(array, Make);
            }

            if (symbol is not INamedTypeSymbol named)
            {
                return Unsupported("type parameters and pointers are not supported");
            }

            if (named.TypeKind == TypeKind.Enum)
            {
                return Make(ValueKind.Enum, AddEnum(named).ToString(CultureInfo.InvariantCulture));
            }

            var definition = named
                .OriginalDefinition.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)
                .Replace("global::", "");
            if (NamedScalars.TryGetValue(definition, out var scalar))
            {
                return Make(ValueKind.Scalar, scalar);
            }

            if (named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                var inner = BuildTypeRef(named.TypeArguments[0]);
                return inner is null ? null : Make(ValueKind.NullableValue, "", inner);
            }

            if (
                HasAttribute(named.OriginalDefinition, KnownNames.SessionDataAttribute)
                || HasAttribute(named.OriginalDefinition, KnownNames.SessionStateAttribute)
            )
            {
                if (named.TypeArguments.Length != 0)
                {
                    return Unsupported("generic state and data types are not supported");
                }

                // A data type that is not partial gets SESS001 and no code, so this type would not compile
                // either. It is left without output, and SESS001 alone explains the error.
                _blockedByOtherError |= !IsPartialChain(named);
                return Make(ValueKind.Data, "");
            }

            return BuildCollection(named, Make);
        }

        private delegate TypeRefSpec Maker(
            ValueKind kind,
            string helper,
            TypeRefSpec? element = null,
            TypeRefSpec? key = null
        );

        private TypeRefSpec? BuildArray(IArrayTypeSymbol array, Maker make)
        {
            if (array.Rank != 1)
            {
                return Unsupported("only one-dimensional arrays are supported");
            }

            if (array.ElementType.SpecialType == SpecialType.System_Byte)
            {
                return make(ValueKind.Scalar, "ByteArray");
            }

            var element = BuildTypeRef(array.ElementType);
            return element is null ? null : make(ValueKind.Array, "", element);
        }

        private TypeRefSpec? BuildCollection(INamedTypeSymbol named, Maker make)
        {
            var metadataName = MetadataName(named.OriginalDefinition);
            if (!Collections.TryGetValue(metadataName, out var kind))
            {
                return Unsupported(
                    "use a type from the supported list, mark it [SessionData], or add a [SessionConverter]"
                );
            }

            if (named.TypeArguments.Length == 1)
            {
                var element = BuildTypeRef(named.TypeArguments[0]);
                return element is null ? null : make(kind, "", element);
            }

            var key = BuildKeyRef(named.TypeArguments[0]);
            var value = key is null ? null : BuildTypeRef(named.TypeArguments[1]);
            return value is null ? null : make(kind, "", value, key);
        }

        // Dictionary keys become JSON member names, so only strings, enums and integers are allowed.
        private TypeRefSpec? BuildKeyRef(ITypeSymbol symbol)
        {
            var key = BuildTypeRef(symbol.WithNullableAnnotation(NullableAnnotation.NotAnnotated));
            var isInteger =
                key is
                {
                    Kind: ValueKind.Scalar,
                    Helper: "Byte" or "SByte" or "Int16" or "UInt16" or "Int32" or "UInt32" or "Int64" or "UInt64"
                };
            if (key is { Kind: ValueKind.Enum } or { Kind: ValueKind.Scalar, Helper: "String" } || isInteger)
            {
                return key;
            }

            return Unsupported("dictionary keys must be strings, enums or integers");
        }

        private TypeRefSpec? BuildConverterRef(MemberCandidate member)
        {
            var converter = member.Converter!.ConstructorArguments.FirstOrDefault().Value as INamedTypeSymbol;
            if (converter is not null && ContainsErrorType(converter))
            {
                _blockedByOtherError = true;
                return new TypeRefSpec(ValueKind.Converter, "", "", false, true, "-1");
            }

            var problem = ConverterProblem(converter, member.Type);
            if (converter is null || problem is not null)
            {
                Report(
                    DiagnosticDescriptors.ConverterTypeMismatch,
                    ArgumentLocation(member.Converter, 0),
                    converter?.ToDisplayString() ?? "null",
                    member.Symbol.Name,
                    problem ?? ""
                );
                return new TypeRefSpec(ValueKind.Converter, "", "", false, true, "-1");
            }

            _converters.Add(new ConverterSpec(RenderNamedType(converter, allowNull: false)));
            var index = (_converters.Count - 1).ToString(CultureInfo.InvariantCulture);
            var typeName = RenderType(member.Type, forceNullable: false);
            return new TypeRefSpec(ValueKind.Converter, typeName, typeName, member.Type.IsReferenceType, true, index);
        }

        // The generated code creates the converter once with 'new C()' and calls it as ISessionConverter<T>.
        private static string? ConverterProblem(INamedTypeSymbol? converter, ITypeSymbol memberType)
        {
            var implements = converter?.AllInterfaces.Any(i =>
                MetadataName(i.OriginalDefinition) == KnownNames.ISessionConverter
                && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], memberType)
            );
            if (converter is null || implements != true)
            {
                return $"it does not implement ISessionConverter<{memberType.ToDisplayString()}>";
            }

            var creatable =
                !converter.IsAbstract
                && (
                    converter.IsValueType
                    || converter.InstanceConstructors.Any(c =>
                        c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public
                    )
                );
            return creatable ? null : "it has no public parameterless constructor";
        }

        private int AddEnum(INamedTypeSymbol symbol)
        {
            var typeName = RenderNamedType(symbol, allowNull: false);
            var existing = _enums.FindIndex(e => e.TypeName == typeName);
            if (existing >= 0)
            {
                return existing;
            }

            var members = symbol
                .GetMembers()
                .OfType<IFieldSymbol>()
                .Where(f => f.HasConstantValue)
                .Select(f => new EnumMemberSpec(f.Name, Literal(f.ConstantValue!)))
                .ToEquatableArray();
            var underlying = symbol.EnumUnderlyingType!.ToDisplayString();
            _enums.Add(new EnumSpec(typeName, underlying, members));
            return _enums.Count - 1;
        }

        private static string Literal(object value) => System.Convert.ToString(value, CultureInfo.InvariantCulture)!;

        private TypeRefSpec? Unsupported(string reason)
        {
            _unsupportedReason = reason;
            return null;
        }

        // C# text of a type: global:: names, keywords escaped, '?' on reference types where null is allowed
        // (also where nullable is disabled, so generated locals never get a nullability warning).
        private static string RenderType(ITypeSymbol symbol, bool forceNullable)
        {
            var nullable =
                symbol.IsReferenceType
                && (forceNullable || symbol.NullableAnnotation != NullableAnnotation.NotAnnotated);
            var suffix = nullable ? "?" : "";
            switch (symbol)
            {
                case IArrayTypeSymbol array:
                    return RenderType(array.ElementType, forceNullable: false) + "[]" + suffix;
                case INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullableValue:
                    return RenderType(nullableValue.TypeArguments[0], forceNullable: false) + "?";
                case INamedTypeSymbol named:
                    return RenderNamedType(named, allowNull: false) + suffix;
                default:
                    return Escape(symbol.Name) + suffix;
            }
        }

        internal static string RenderNamedType(INamedTypeSymbol symbol, bool allowNull)
        {
            if (symbol.SpecialType != SpecialType.None && symbol.TypeArguments.Length == 0)
            {
                return symbol.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            }

            var prefix =
                symbol.ContainingType is { } outer ? RenderNamedType(outer, allowNull) + "."
                : symbol.ContainingNamespace.IsGlobalNamespace ? "global::"
                : "global::" + NamespaceText(symbol.ContainingNamespace) + ".";
            // Dictionary keys are never null, and TKey is 'notnull', so a key is never written with '?'.
            var isDictionary =
                Collections.TryGetValue(MetadataName(symbol.OriginalDefinition), out var kind)
                && kind is ValueKind.Dictionary or ValueKind.ImmutableDictionary;
            var arguments = symbol.TypeArguments.Select(
                (a, i) =>
                    isDictionary && i == 0
                        ? RenderArgument(a.WithNullableAnnotation(NullableAnnotation.NotAnnotated))
                        : RenderArgument(a)
            );
            var argumentList = symbol.TypeArguments.Length == 0 ? "" : "<" + string.Join(", ", arguments) + ">";
            return prefix + Escape(symbol.Name) + argumentList;
        }

        private static string RenderArgument(ITypeSymbol argument) =>
            argument is ITypeParameterSymbol parameter
                ? Escape(parameter.Name)
                : RenderType(argument, forceNullable: false);
    }
}
