using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SessionToolkit.Generators.Model;
using SessionToolkit.Generators.Schema;

namespace SessionToolkit.Generators.Analyzers;

/// <summary>
/// The state and data types declared in one compilation, found by name and parsed on first use. The generator
/// parses the same types (ForAttributeWithMetadataName covers source declarations only), so the analyzer and the
/// recording build describe equal shapes.
/// </summary>
internal sealed class SchemaTypeCatalog(Compilation compilation)
{
    private readonly Lazy<Dictionary<string, (INamedTypeSymbol Symbol, bool IsState)>> _types = new(() =>
        FindTypes(compilation)
    );

    private readonly ConcurrentDictionary<string, TypeSpec?> _specs = new(StringComparer.Ordinal);

    /// <summary>The spec of the type whose <see cref="TypeSpec.FullTypeName"/> is <paramref name="fullTypeName"/>.</summary>
    /// <returns>Null for a type declared elsewhere, or one with errors that stop its generated code.</returns>
    public TypeSpec? Find(string fullTypeName, CancellationToken token)
    {
        var key = ShapeBuilder.PlainName(fullTypeName);
        return _specs.GetOrAdd(key, _ =>
            _types.Value.TryGetValue(key, out var entry)
                ? SessionStateGenerator.ParseType(entry.Symbol, entry.IsState, token).Spec
                : null
        );
    }

    /// <summary>The symbol of the object type the schema calls <paramref name="plainName"/>.</summary>
    public INamedTypeSymbol? Symbol(string plainName) =>
        _types.Value.TryGetValue(plainName, out var entry) ? entry.Symbol : null;

    private static Dictionary<string, (INamedTypeSymbol, bool)> FindTypes(Compilation compilation)
    {
        var types = new Dictionary<string, (INamedTypeSymbol, bool)>(StringComparer.Ordinal);
        foreach (var symbol in compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>())
        {
            var isState = SessionStateGenerator.HasAttribute(symbol, KnownNames.SessionStateAttribute);
            if (isState || SessionStateGenerator.HasAttribute(symbol, KnownNames.SessionDataAttribute))
            {
                types[ShapeBuilder.PlainName(SessionStateGenerator.FullTypeName(symbol))] = (symbol, isState);
            }
        }

        return types;
    }
}
