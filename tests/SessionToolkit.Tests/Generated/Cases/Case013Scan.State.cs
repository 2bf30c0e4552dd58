using SessionToolkit;

namespace Lab;

[SessionState(Version = 1)]
public partial class Scan
{
    public int Done { get; set; }

    [Persist]
    private string? _lastPath;
}
