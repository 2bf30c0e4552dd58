using SessionToolkit;

namespace Lab;

public partial class Scan
{
    public int Total { get; set; }

    [Persist]
    private long _bytes;

    public void Touch(string p, long b)
    {
        _lastPath = p;
        _bytes = b;
    }

    public (string?, long) Peek() => (_lastPath, _bytes);
}
