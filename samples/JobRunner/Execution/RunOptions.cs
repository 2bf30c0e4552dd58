using System;

namespace JobRunner.Execution;

/// <summary>Where a run keeps its files and how long a job may take.</summary>
/// <param name="IoLogFolder">The folder that receives one IO-log file per job that runs.</param>
/// <param name="SessionShare">The folder passed to jobs as <c>PLAINBOX_SESSION_SHARE</c>.</param>
/// <param name="Timeout">The time after which a job's process group is killed and the job fails.</param>
public sealed record RunOptions(string IoLogFolder, string SessionShare, TimeSpan Timeout);
