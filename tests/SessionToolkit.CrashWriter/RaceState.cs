using SessionToolkit;

namespace SessionToolkit.CrashWriter;

/// <summary>
/// The state two racing processes open: every winner of a race increments <see cref="Round"/>, so a lost or torn
/// checkpoint shows as a gap in the count.
/// </summary>
[SessionState(Version = 1, TypeId = "SessionToolkit.CrashWriter.RaceState")]
public partial class RaceState
{
    /// <summary>Number of checkpoints written by winners so far.</summary>
    [SessionMetadata]
    public int Round { get; set; }

    /// <summary>Process id of the last winner that wrote a checkpoint.</summary>
    [SessionMetadata]
    public int Writer { get; set; }

    /// <summary>Some bulk, so that a save takes long enough to be killed in the middle.</summary>
    public string Payload { get; set; } = "";
}
