namespace SessionToolkit.Generators.Directories.Model;

/// <summary>A type that contains the directories class and is declared again around the generated part.</summary>
internal sealed record ContainingTypeSpec
{
    public ContainingTypeSpec(string keyword, string name)
    {
        Keyword = keyword;
        Name = name;
    }

    /// <summary>Declaration keyword: <c>class</c>, <c>struct</c>, <c>record</c>, <c>record struct</c> or <c>interface</c>.</summary>
    public string Keyword { get; }

    /// <summary>Escaped name with its type parameter list.</summary>
    public string Name { get; }
}
