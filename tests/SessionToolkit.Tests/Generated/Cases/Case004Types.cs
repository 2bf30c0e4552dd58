using SessionToolkit;

namespace Lab;

public partial class Slot<T>
{
    [SessionData]
    public partial class Marker
    {
        public int Index { get; set; }
    }
}

[SessionState(Version = 1)]
public partial class Board
{
    public Slot<int>.Marker? Last { get; set; }
    public Slot<string>.Marker? Named { get; set; }
}

public partial class Host<TKey>
    where TKey : notnull
{
    [SessionState(Version = 1)]
    public partial class Inner
    {
        public int Count { get; set; }
    }
}
