using System.IO;
using JobRunner.Execution;
using JobRunner.Planning;

namespace JobRunner.Cli;

/// <summary>Progress for a redirected output: one plain line per finished job.</summary>
public sealed class PlainProgress(TextWriter output) : IRunListener
{
    /// <inheritdoc/>
    public void JobStarting(int position, int total, PlannedJob job) { }

    /// <inheritdoc/>
    public void JobFinished(int position, int total, JobResult result)
    {
        output.WriteLine(ProgressLine.Format(position, total, result));
        output.Flush();
    }
}
