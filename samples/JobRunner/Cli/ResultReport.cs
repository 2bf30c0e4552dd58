using System.IO;
using System.Text.Json;
using JobRunner.Sessions;
using SessionToolkit;

namespace JobRunner.Cli;

/// <summary>
/// Writes the JSON report of <c>jobrunner export</c>: the session's id, title, unit files and times, the counts,
/// and one object per planned job in run order (<c>outcome</c> is <c>pass</c>, <c>fail</c>, <c>skip</c> or
/// <c>not-run</c>; <c>io_log</c> is a full path or <c>null</c>).
/// </summary>
public static class ResultReport
{
    /// <summary>Writes the report of <paramref name="session"/> to the file <paramref name="path"/>.</summary>
    public static void Write(string path, SessionStorage storage, RunSession session)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });

        json.WriteStartObject();
        json.WriteString("session", storage.Id);
        json.WriteString("title", session.Title);
        json.WriteString("started_at", session.StartedAt);
        json.WriteBoolean("complete", !session.IsIncomplete);
        json.WriteStartArray("unit_files");
        foreach (var file in session.UnitFiles)
        {
            json.WriteStringValue(file);
        }

        json.WriteEndArray();
        WriteCounts(json, session);
        json.WriteStartArray("jobs");
        foreach (var jobId in session.DesiredJobs)
        {
            WriteJob(json, storage, jobId, session.FindResult(jobId));
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, RunSession session)
    {
        int passed = 0,
            failed = 0,
            skipped = 0,
            notRun = 0;
        foreach (var jobId in session.DesiredJobs)
        {
            switch (session.FindResult(jobId)?.Outcome)
            {
                case Execution.JobOutcome.Pass:
                    passed++;
                    break;
                case Execution.JobOutcome.Fail:
                    failed++;
                    break;
                case Execution.JobOutcome.Skip:
                    skipped++;
                    break;
                default:
                    notRun++;
                    break;
            }
        }

        json.WriteStartObject("counts");
        json.WriteNumber("pass", passed);
        json.WriteNumber("fail", failed);
        json.WriteNumber("skip", skipped);
        json.WriteNumber("not_run", notRun);
        json.WriteEndObject();
    }

    private static void WriteJob(Utf8JsonWriter json, SessionStorage storage, string jobId, StoredResult? result)
    {
        json.WriteStartObject();
        json.WriteString("id", jobId);
        json.WriteString("outcome", result is null ? "not-run" : ProgressLine.OutcomeName(result.Outcome));
        if (result?.ReturnCode is { } code)
        {
            json.WriteNumber("return_code", code);
        }
        else
        {
            json.WriteNull("return_code");
        }

        json.WriteNumber("duration_seconds", result?.Duration.TotalSeconds ?? 0);
        json.WriteString("comments", result?.Comments);
        json.WriteString("io_log", result?.IoLog is { } ioLog ? Path.Combine(storage.Location, ioLog) : null);
        json.WriteBoolean("interrupted", result?.Interrupted ?? false);
        json.WriteEndObject();
    }
}
