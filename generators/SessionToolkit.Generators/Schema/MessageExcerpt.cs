namespace SessionToolkit.Generators.Schema;

/// <summary>Text from a schema file, cut short for quoting in an error message.</summary>
internal static class MessageExcerpt
{
    private const int MaxLength = 80;

    /// <summary>
    /// Returns <paramref name="text"/>, or its first characters and "..." when it is long, so that a damaged file
    /// with a huge value gives a message that still fits on a screen.
    /// </summary>
    public static string Of(string text) => text.Length <= MaxLength ? text : text.Substring(0, MaxLength) + "...";
}
