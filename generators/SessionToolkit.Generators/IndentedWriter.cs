using System.Text;

namespace SessionToolkit.Generators;

/// <summary>Builds source text line by line with four-space indentation.</summary>
internal sealed class IndentedWriter
{
    // A generated file has a few thousand to tens of thousands of characters, so the builder starts with room
    // for 16,384 instead of growing chunk by chunk from 16.
    private readonly StringBuilder _text = new(16 * 1024);
    private int _indent;

    public void Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4);
        }

        _text.Append(line).Append('\n');
    }

    public void Open(string line)
    {
        Line(line);
        Line("{");
        _indent++;
    }

    public void Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
    }

    public override string ToString() => _text.ToString();
}
