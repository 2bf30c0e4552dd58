using System;
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
    // An array and a count instead of a List, because a push and a pop happen for every member and element
    // written, and the list's version and bounds bookkeeping would run each time.
    private Segment[] _segments = new Segment[8];
    private int _count;

    public void PushName(string name) => Push(new Segment(name, 0));

    public void PushIndex(int index) => Push(new Segment(null, index));

    // The popped slot keeps its name until it is overwritten. The builder lives for one call, so it keeps no
    // string alive longer than the state itself does.
    public void Pop() => _count--;

    private void Push(Segment segment)
    {
        if (_count == _segments.Length)
        {
            Array.Resize(ref _segments, _count * 2);
        }

        _segments[_count++] = segment;
    }

    public override string ToString()
    {
        var text = new StringBuilder("$.session");
        foreach (var segment in _segments.AsSpan(0, _count))
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
