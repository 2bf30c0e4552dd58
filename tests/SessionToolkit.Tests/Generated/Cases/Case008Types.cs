using SessionToolkit;

namespace Lab;

[SessionState(Version = 1)]
public partial record Cursor(string File, long Offset)
{
    public int Hits { get; set; }
}

[SessionState(Version = 1)]
public partial record struct Window(int Start, int Length);

[SessionState(Version = 1)]
public partial record Marker([property: Transient] string Scratch, string Label);

[SessionState(Version = 1)]
public partial record Span(int From, int To)
{
    public Span(int single)
        : this(single, single) { }
}

[SessionState(Version = 1)]
public partial record Fixed(int Size)
{
    public int Size { get; } = Size;
}
