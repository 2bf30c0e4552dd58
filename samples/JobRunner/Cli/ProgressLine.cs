using System.Globalization;
using JobRunner.Execution;

namespace JobRunner.Cli;

/// <summary>The one-line report of a finished job, such as <c>[3/12] pass  0.12s  com.example::job-3</c>.</summary>
public static class ProgressLine
{
    /// <summary>Formats the line for <paramref name="result"/>, with the reason after the id when there is one.</summary>
    public static string Format(int position, int total, JobResult result)
    {
        var outcome = OutcomeName(result.Outcome);
        var seconds = result.Duration.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + "s";
        var line = $"[{position}/{total}] {outcome}  {seconds}  {result.JobId}";
        return result.Reason is null ? line : $"{line}  ({result.Reason})";
    }

    /// <summary>Returns the plainbox name of <paramref name="outcome"/>: pass, fail or skip.</summary>
    public static string OutcomeName(JobOutcome outcome) =>
        outcome switch
        {
            JobOutcome.Pass => "pass",
            JobOutcome.Fail => "fail",
            _ => "skip",
        };
}
