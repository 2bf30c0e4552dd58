using SessionToolkit;

namespace Lab;

[SessionState(Version = 1)]
public partial class Lease
{
    [Persist]
    public readonly string Holder;

    [Persist]
    public readonly int Term;

    [Persist]
    public int Renewals;

    public Lease(string holder, int term)
    {
        Holder = holder;
        Term = term;
    }
}

[SessionState(Version = 1)]
public partial struct Point
{
    [Persist]
    public readonly int X;

    [Persist]
    public readonly int Y;

    public Point(int x, int y)
    {
        X = x;
        Y = y;
    }
}
