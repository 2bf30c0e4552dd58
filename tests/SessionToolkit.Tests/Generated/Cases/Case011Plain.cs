#nullable disable
using SessionToolkit;

namespace Lab;

[SessionState(Version = 1)]
public partial class Plain
{
    public string Name { get; set; } = "";
    public int? Limit { get; set; }
}
