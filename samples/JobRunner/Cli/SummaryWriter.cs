using System.IO;
using System.Linq;
using JobRunner.Execution;

namespace JobRunner.Cli;

/// <summary>Writes the end-of-run report: counts, failed jobs, skipped jobs with reasons, unevaluated requires.</summary>
public static class SummaryWriter
{
    /// <summary>Writes the report of <paramref name="summary"/> to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, RunSummary summary, string ioLogFolder)
    {
        output.WriteLine();
        output.WriteLine(
            $"{summary.Passed} passed, {summary.Failed} failed, {summary.Skipped} skipped"
                + $" of {summary.Plan.Jobs.Count} planned jobs"
        );

        if (summary.InterruptedJobId is not null)
        {
            var notRun = summary.Plan.Jobs.Count - summary.Results.Count;
            var jobs = notRun == 1 ? "1 job has" : $"{notRun} jobs have";
            output.WriteLine($"interrupted during {summary.InterruptedJobId}, so {jobs} no result");
        }

        WriteSection(output, "failed:", summary.Results.Where(r => r.Outcome == JobOutcome.Fail).Select(Describe));
        WriteSection(output, "skipped:", summary.Results.Where(r => r.Outcome == JobOutcome.Skip).Select(Describe));

        var unevaluated = summary.Plan.Jobs.Where(job => job.HasUnevaluatedRequires).Select(job => job.Unit.Id);
        WriteSection(output, "requires not evaluated (the job ran or was skipped regardless):", unevaluated);

        output.WriteLine($"io logs: {ioLogFolder}");
    }

    private static string Describe(JobResult result) =>
        result.Reason is not null ? $"{result.JobId}: {result.Reason}"
        : result.ReturnCode is not null ? $"{result.JobId}: exit code {result.ReturnCode}"
        : result.JobId;

    private static void WriteSection(
        TextWriter output,
        string title,
        System.Collections.Generic.IEnumerable<string> lines
    )
    {
        var items = lines.ToList();
        if (items.Count == 0)
        {
            return;
        }

        output.WriteLine($"{title} {items.Count}");
        foreach (var item in items)
        {
            output.WriteLine($"  {item}");
        }
    }
}
