using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SessionToolkit;

/// <summary>
/// Stack of path segments below <c>$.session</c>, turned into text only when an error needs it. Names that are not
/// plain identifiers are written in bracket-quote form (<c>['job-1']</c>).
/// </summary>
internal sealed class JsonPathBuilder
{
    private readonly List<string> _segments = [];

    public void PushName(string name) => _segments.Add(IsIdentifier(name) ? "." + name : "['" + Escape(name) + "']");

    public void PushIndex(int index) => _segments.Add("[" + index.ToString(CultureInfo.InvariantCulture) + "]");

    public void Pop() => _segments.RemoveAt(_segments.Count - 1);

    public override string ToString()
    {
        var text = new StringBuilder("$.session");
        foreach (var segment in _segments)
        {
            text.Append(segment);
        }

        return text.ToString();
    }

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_' || name[0] == '$'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '$'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Escape(string name) => name.Replace("\\", "\\\\").Replace("'", "\\'");
}
