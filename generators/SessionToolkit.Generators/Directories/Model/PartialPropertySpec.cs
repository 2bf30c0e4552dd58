namespace SessionToolkit.Generators.Directories.Model;

/// <summary>
/// A <c>[WellKnownDirectory]</c> partial property, valid or not. A class with an error gets only these, as
/// implementing parts that throw, so the compiler adds no "must have an implementation part" error (CS9248) to
/// the analyzer's diagnostic.
/// </summary>
internal sealed record PartialPropertySpec
{
    public PartialPropertySpec(string propertyName, string accessibility)
    {
        PropertyName = propertyName;
        Accessibility = accessibility;
    }

    /// <summary>Escaped property name.</summary>
    public string PropertyName { get; }

    /// <summary>Declared accessibility, repeated on the implementing part.</summary>
    public string Accessibility { get; }
}
