using System.Globalization;
using System.IO;
using JobRunner.Sessions;
using SessionToolkit;

namespace JobRunner.Cli;

/// <summary>Writes the results of a session as a text table, for <c>jobrunner show</c>.</summary>
public static class ResultTable
{
    /// <summary>Writes a heading, one row per planned job in run order, and the counts.</summary>
    public static void Write(TextWriter output, SessionStorage storage, RunSession session)
    {
        output.WriteLine($"session {storage.Id}: {session.Title}");
        output.WriteLine($"started {session.StartedAt:u}, {session.FinishedCount}/{session.JobCount} jobs finished");
        if (session.RunningJobId is not null)
        {
            output.WriteLine($"stopped while running {session.RunningJobId}");
        }

        output.WriteLine();
        const string Format = "{0,-8}  {1,4}  {2,9}  {3}";
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, Format, "OUTCOME", "CODE", "DURATION", "JOB"));
        foreach (var jobId in session.DesiredJobs)
        {
            output.WriteLine(Row(Format, jobId, session.FindResult(jobId)));
        }
    }

    private static string Row(string format, string jobId, StoredResult? result)
    {
        if (result is null)
        {
            return string.Format(CultureInfo.InvariantCulture, format, "not-run", "", "", jobId);
        }

        var seconds = result.Duration.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + "s";
        var row = string.Format(
            CultureInfo.InvariantCulture,
            format,
            ProgressLine.OutcomeName(result.Outcome),
            result.ReturnCode?.ToString(CultureInfo.InvariantCulture) ?? "",
            seconds,
            jobId
        );
        var notes = result.Interrupted ? "interrupted, run again" : null;
        if (result.Comments is not null)
        {
            notes = notes is null ? result.Comments : $"{notes}; {result.Comments}";
        }

        return notes is null ? row : $"{row}  ({notes})";
    }
}
