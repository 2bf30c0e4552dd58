using SessionToolkit;

// A file-scoped namespace, which the generator must handle as a block-scoped one.
namespace SessionToolkit.Tests.Directories.Desk;

[WellKnownDirectories]
public partial class PanelDirs
{
    [WellKnownDirectory("layouts")]
    public partial string Layouts { get; }
}
