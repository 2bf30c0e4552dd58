using SessionToolkit;

namespace JobRunner.Sessions;

/// <summary>
/// The sub-folders every JobRunner session gets. The generator writes the constructor from a
/// <see cref="SessionStorage"/>, each property as a full path and <c>Populate()</c>.
/// </summary>
[WellKnownDirectories]
public sealed partial class JobRunnerDirectories
{
    /// <summary>One IO-log file per job that ran, named after the escaped job id.</summary>
    [WellKnownDirectory("io-logs")]
    public partial string IoLogs { get; }

    /// <summary>The folder passed to jobs as <c>PLAINBOX_SESSION_SHARE</c>, and their working directory.</summary>
    [WellKnownDirectory("share")]
    public partial string Share { get; }
}
