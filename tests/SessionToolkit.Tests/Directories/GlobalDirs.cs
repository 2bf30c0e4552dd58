using SessionToolkit;

/// <summary>A directories class in the global namespace.</summary>
[WellKnownDirectories]
public partial class GlobalDirs
{
    [WellKnownDirectory("global")]
    public partial string Global { get; }
}
