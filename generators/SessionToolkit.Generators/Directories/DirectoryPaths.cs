namespace SessionToolkit.Generators.Directories;

/// <summary>The rules for a well-known directory path (SESS006).</summary>
internal static class DirectoryPaths
{
    // Characters that no Windows file name may contain, so that a session folder can be copied to any system.
    private const string InvalidCharacters = "<>:\"|?*";

    /// <summary>Returns why <paramref name="path"/> is invalid, or <c>null</c> when it is a valid relative path.</summary>
    public static string? Validate(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "the path is empty";
        }

        if (path![0] == '/' || path[0] == '\\')
        {
            return "the path is rooted; write it relative to the session folder";
        }

        if (path.IndexOf('\\') >= 0)
        {
            return "the path contains '\\'; separate segments with '/'";
        }

        if (path[path.Length - 1] == '/')
        {
            return "the path ends with a separator";
        }

        foreach (var character in path)
        {
            if (character < ' ' || InvalidCharacters.IndexOf(character) >= 0)
            {
                return $"the path contains the invalid character U+{(int)character:X4}";
            }
        }

        return ValidateSegments(path);
    }

    private static string? ValidateSegments(string path)
    {
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0)
            {
                return "the path contains an empty segment";
            }

            if (segment == "." || segment == "..")
            {
                return $"the path contains a '{segment}' segment";
            }
        }

        return null;
    }
}
