using System;
using SessionToolkit;

namespace Lab;

public enum Phase
{
    Idle = 0,
    Running = 1,
    Busy = Running,
    Done = 2,

    [Obsolete("use Done")]
    Finished = 2,
}

[Flags]
public enum Caps : byte
{
    None = 0,
    Read = 1,
    Write = 2,
    All = Read | Write,
}

public enum Tier : long
{
    Low = -1,
    High = long.MaxValue,
}

[SessionState(Version = 1)]
public partial class Machine
{
    public Phase Phase { get; set; }
    public Phase? Previous { get; set; }
    public Caps Caps { get; set; }
    public Tier Tier { get; set; }
}
