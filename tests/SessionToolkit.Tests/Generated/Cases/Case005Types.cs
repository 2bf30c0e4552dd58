using SessionToolkit;

namespace Lab.@checked;

[SessionState(Version = 1)]
public partial class @operator
{
    public string? @event { get; set; }
    public int @class { get; init; }

    [Persist]
    public bool @default;

    [Persist]
    private long @fixed;

    public @base? @ref { get; set; }

    public long Fixed => @fixed;

    public void SetFixed(long v) => @fixed = v;

    [SessionData]
    public partial class @base
    {
        public double @in { get; set; }
    }
}
