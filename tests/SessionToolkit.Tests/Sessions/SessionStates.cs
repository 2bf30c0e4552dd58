using System.Collections.Generic;

namespace SessionToolkit.Tests.Sessions;

[WellKnownDirectories]
public partial class JobDirs
{
    [WellKnownDirectory("io-logs")]
    public partial string IoLogs { get; }

    [WellKnownDirectory("share")]
    public partial string Share { get; }
}

[SessionState(Version = 2, Directories = typeof(JobDirs))]
public partial class JobState
{
    [SessionMetadata]
    public string Title { get; set; } = "untitled";

    [SessionMetadata]
    public string? RunningJob { get; set; }

    public List<string> Done { get; set; } = [];

    public JobState? Next { get; set; }
}

[SessionState(Version = 1)]
public partial class OtherState
{
    public int Value { get; set; }
}

[SessionState(Version = 1)]
public partial record RequiredState(string Name);
