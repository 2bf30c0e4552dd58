using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SessionToolkit;

/// <summary>
/// Stack of path segments below <c>$.session</c>, turned into text only when an error needs it. Names that are not
/// plain identifiers are written in bracket-quote form (<c>['job-1']</c>).
/// </summary>
/// <remarks>
/// Every member, element and dictionary entry pushes a segment, so a push stores the name or index as it is and
/// allocates nothing: formatting each segment eagerly made suspend allocate a few hundred bytes per job.
/// </remarks>
internal sealed class JsonPathBuilder
{
    private readonly List<Segment> _segments = [];

    public void PushName(string name) => _segments.Add(new Segment(name, 0));

    public void PushIndex(int index) => _segments.Add(new Segment(null, index));

    public void Pop() => _segments.RemoveAt(_segments.Count - 1);

    public override string ToString()
    {
        var text = new StringBuilder("$.session");
        foreach (var segment in _segments)
        {
            if (segment.Name is null)
            {
                text.Append('[').Append(segment.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (IsIdentifier(segment.Name))
            {
                text.Append('.').Append(segment.Name);
            }
            else
            {
                text.Append("['").Append(Escape(segment.Name)).Append("']");
            }
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

    /// <summary>A member name, or an array index when <see cref="Name"/> is <c>null</c>.</summary>
    private readonly record struct Segment(string? Name, int Index);
}
