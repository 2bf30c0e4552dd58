namespace Lab.Capture
{
    [SessionToolkit.SessionState(Version = 1)]
    public partial class Progress
    {
        public int Step { get; set; }
    }
}

namespace Lab.Replay
{
    [SessionToolkit.SessionState(Version = 1)]
    public partial class Progress
    {
        public string? Cursor { get; set; }
    }

    [SessionToolkit.SessionState(Version = 1)]
    public partial class Both
    {
        public Lab.Capture.Progress? Left { get; set; }
        public Progress? Right { get; set; }
    }
}
