#nullable enable
using System.Collections.Generic;
using SessionToolkit;

namespace Lab;

[SessionState(Version = 1)]
public partial class Notes
{
    public string? Title { get; set; }
    public string Body { get; set; } = "";
    public List<string?> Tags { get; set; } = new();
    public Dictionary<string, int?> Counts { get; set; } = new();
}
#nullable restore
