using Microsoft.CodeAnalysis;

namespace SessionToolkit.Generators;

/// <summary>Compares a type symbol with a metadata name such as <c>SessionToolkit.PersistAttribute</c>.</summary>
internal static class MetadataNames
{
    /// <summary>
    /// Returns whether <paramref name="type"/> is the top-level type named <paramref name="metadataName"/>. The
    /// name is compared segment by segment against the symbol and its namespaces, because formatting the symbol
    /// with ToDisplayString for every attribute of every member took a noticeable share of the generator's time.
    /// </summary>
    public static bool Is(ITypeSymbol? type, string metadataName)
    {
        if (type is null || type.ContainingType is not null)
        {
            return false;
        }

        var end = metadataName.Length;
        var start = metadataName.LastIndexOf('.') + 1;
        if (!SegmentEquals(type.MetadataName, metadataName, start, end))
        {
            return false;
        }

        var container = type.ContainingNamespace;
        while (start > 0)
        {
            end = start - 1;
            start = metadataName.LastIndexOf('.', end - 1) + 1;
            if (container is null || container.IsGlobalNamespace)
            {
                return false;
            }

            if (!SegmentEquals(container.Name, metadataName, start, end))
            {
                return false;
            }

            container = container.ContainingNamespace;
        }

        return container is null || container.IsGlobalNamespace;
    }

    private static bool SegmentEquals(string name, string metadataName, int start, int end) =>
        name.Length == end - start && string.CompareOrdinal(name, 0, metadataName, start, name.Length) == 0;
}
