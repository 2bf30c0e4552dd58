namespace SessionToolkit.Generators.Directories.Model;

/// <summary>One <c>[WellKnownDirectory]</c> property.</summary>
internal sealed record DirectorySpec
{
    public DirectorySpec(
        string propertyName,
        string accessibility,
        string relativePath,
        EquatableArray<string> segments
    )
    {
        PropertyName = propertyName;
        Accessibility = accessibility;
        RelativePath = relativePath;
        Segments = segments;
    }

    /// <summary>Escaped property name.</summary>
    public string PropertyName { get; }

    /// <summary>Declared accessibility, repeated on the implementing part.</summary>
    public string Accessibility { get; }

    /// <summary>The path as written in the attribute, with <c>/</c> between segments.</summary>
    public string RelativePath { get; }

    /// <summary>The path split on <c>/</c>.</summary>
    public EquatableArray<string> Segments { get; }
}
