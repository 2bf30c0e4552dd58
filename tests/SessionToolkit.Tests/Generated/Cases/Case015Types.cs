using SessionToolkit;

namespace Lab;

[SessionState(Version = 2)]
public partial class Meter
{
    public int Reading { get; set; }
    public string Unit { get; set; } = "";
}
