using SessionToolkit.Generators.Model;

namespace SessionToolkit.Generators.Directories.Model;

/// <summary>One <c>[WellKnownDirectories]</c> class, with everything the emitter needs and nothing from Roslyn.</summary>
/// <remarks>
/// The models are records with get-only properties instead of positional records, because positional records
/// need the IsExternalInit polyfill on netstandard2.0 and a second copy of it elsewhere in the generator would
/// not compile.
/// </remarks>
internal sealed record DirectoriesTypeSpec
{
    public DirectoriesTypeSpec(
        string hintName,
        string? @namespace,
        EquatableArray<ContainingTypeSpec> containers,
        string typeName,
        string constructorName,
        EquatableArray<DirectorySpec> directories,
        EquatableArray<PartialPropertySpec> partialProperties,
        EquatableArray<DiagnosticSpec> diagnostics
    )
    {
        HintName = hintName;
        Namespace = @namespace;
        Containers = containers;
        TypeName = typeName;
        ConstructorName = constructorName;
        Directories = directories;
        PartialProperties = partialProperties;
        Diagnostics = diagnostics;
    }

    /// <summary>File name of the generated source, free of characters hint names reject.</summary>
    public string HintName { get; }

    /// <summary>Namespace with keyword segments escaped, or <c>null</c> for the global namespace.</summary>
    public string? Namespace { get; }

    /// <summary>Containing types from the outermost in.</summary>
    public EquatableArray<ContainingTypeSpec> Containers { get; }

    /// <summary>Escaped name of the class, with its type parameter list.</summary>
    public string TypeName { get; }

    /// <summary>Escaped name of the class without type parameters.</summary>
    public string ConstructorName { get; }

    /// <summary>The well-known directories, sorted by path.</summary>
    public EquatableArray<DirectorySpec> Directories { get; }

    /// <summary>Every <c>[WellKnownDirectory]</c> partial property, including those with an invalid path.</summary>
    public EquatableArray<PartialPropertySpec> PartialProperties { get; }

    /// <summary>Problems found in the declaration; any of them stops the full output.</summary>
    public EquatableArray<DiagnosticSpec> Diagnostics { get; }
}
