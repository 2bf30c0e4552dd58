using SessionToolkit;

namespace Lab;

public abstract partial class StepBase
{
    public string? Label { get; init; }
    public int Order { get; set; }
    public virtual string Kind { get; set; } = "base";
    public abstract int Weight { get; }
}

[SessionState(Version = 1)]
public partial class NamedStep : StepBase
{
    public new required string Label { get; init; }
    public new long Order { get; set; }
    public override string Kind { get; set; } = "named";
    public override int Weight => 5;
}
