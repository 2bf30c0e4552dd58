using SessionToolkit;

[SessionState(Version = 1)]
public partial class DeskState
{
    public int OpenTabs { get; set; }
}

namespace Lab.Desk
{
    [SessionState(Version = 1)]
    public partial class PanelState
    {
        public bool Docked { get; set; }
        public DeskState? Owner { get; set; }
    }
}
