using System.Text;

namespace SessionToolkit.Generators;

/// <summary>The JSON name rules of <c>SessionNamingPolicy</c>, by the enum's numeric value.</summary>
internal static class NamingPolicies
{
    public const int AsDeclared = 0;
    public const int SnakeCase = 1;
    public const int CamelCase = 2;

    public static string Apply(int policy, string name) =>
        policy switch
        {
            SnakeCase => ToSnakeCase(name),
            CamelCase => ToCamelCase(name),
            _ => name,
        };

    // "RunningJob" -> "running_job", "IOLog" -> "io_log": a word starts at an upper-case letter that follows a
    // lower-case letter or digit, or that is followed by a lower-case letter inside a run of capitals.
    private static string ToSnakeCase(string name)
    {
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && name[i - 1] != '_')
            {
                var previousLower = char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]);
                var nextLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (previousLower || (char.IsUpper(name[i - 1]) && nextLower))
                {
                    text.Append('_');
                }
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    // "RunningJob" -> "runningJob", "IOLog" -> "ioLog": the leading run of capitals is lowered, except the
    // capital that starts the next word.
    private static string ToCamelCase(string name)
    {
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length && char.IsUpper(chars[i]); i++)
        {
            if (i > 0 && i + 1 < chars.Length && char.IsLower(chars[i + 1]))
            {
                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }
}
