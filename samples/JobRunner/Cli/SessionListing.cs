using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using JobRunner.Sessions;
using SessionToolkit;

namespace JobRunner.Cli;

/// <summary>Turns <see cref="SessionStorageRepository.Scan{TState}"/> entries into the rows of <c>jobrunner list</c>.</summary>
public static class SessionListing
{
    /// <summary>Writes a header and one row per session, youngest first; a damaged session gets its reason below.</summary>
    public static void Write(TextWriter output, IReadOnlyList<SessionScanEntry> entries, DateTimeOffset now)
    {
        const string Format = "{0,-50}  {1,-12}  {2,-9}  {3,-5}  {4}";
        output.WriteLine(
            string.Format(CultureInfo.InvariantCulture, Format, "ID", "STATUS", "PROGRESS", "AGE", "TITLE")
        );
        foreach (var entry in entries)
        {
            var progress =
                Number(entry, "finished_count") is { } done && Number(entry, "job_count") is { } total
                    ? $"{done}/{total}"
                    : "-";
            var row = string.Format(
                CultureInfo.InvariantCulture,
                Format,
                entry.Storage.Id,
                StatusName(entry),
                progress,
                Age(now - StartedAt(entry)),
                Text(entry, "title") ?? "-"
            );
            output.WriteLine(row);
            if (entry.Status is not (SessionStatus.Resumable or SessionStatus.Empty) && entry.Reason is not null)
            {
                output.WriteLine($"  reason: {entry.Reason}");
            }
        }
    }

    /// <summary>
    /// Returns the status word of a session: <c>incomplete</c> or <c>complete</c> for one that can be read, else
    /// the scan status (<c>recovered</c>, <c>empty</c>, <c>locked</c>, <c>in-use</c>, <c>corrupted</c>,
    /// <c>incompatible</c>).
    /// </summary>
    public static string StatusName(SessionScanEntry entry) =>
        entry.Status switch
        {
            SessionStatus.Resumable => IsIncomplete(entry) ? "incomplete" : "complete",
            SessionStatus.InUse => "in-use",
            _ => entry.Status.ToString().ToLowerInvariant(),
        };

    /// <summary>
    /// Returns the warning for a session read from its previous checkpoint because the last one is unreadable.
    /// </summary>
    public static string RecoveryWarning(string id, string reason) =>
        $"jobrunner: warning: session {id}: {reason} Using the checkpoint before it, so the jobs that finished after "
        + "that checkpoint have no result and run again on resume.";

    /// <summary>Returns whether the entry's metadata carries the incomplete flag.</summary>
    public static bool IsIncomplete(SessionScanEntry entry)
    {
        if (!entry.Metadata.TryGetValue("flags", out var flags) || flags.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        foreach (var flag in flags.EnumerateArray())
        {
            if (flag.ValueKind == JsonValueKind.String && flag.GetString() == RunSession.IncompleteFlag)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns an age such as <c>42s</c>, <c>5m</c>, <c>3h</c> or <c>2d</c>.</summary>
    public static string Age(TimeSpan age) =>
        age.TotalSeconds < 60 ? $"{Math.Max(0, (int)age.TotalSeconds)}s"
        : age.TotalMinutes < 60 ? $"{(int)age.TotalMinutes}m"
        : age.TotalHours < 48 ? $"{(int)age.TotalHours}h"
        : $"{(int)age.TotalDays}d";

    // A session without readable metadata (locked, in use, corrupted) is aged by the creation time in its folder
    // name. The folder's modification time would not do, because every save and a leftover session.next change it.
    // A folder named by hand has no such time, so its modification time is the best guess left.
    private static DateTimeOffset StartedAt(SessionScanEntry entry)
    {
        if (entry.Metadata.TryGetValue("started_at", out var value) && value.TryGetDateTimeOffset(out var started))
        {
            return started;
        }

        var created = entry.Storage.CreationTimeUtc ?? Directory.GetLastWriteTimeUtc(entry.Storage.Location);
        return new DateTimeOffset(created, TimeSpan.Zero);
    }

    private static string? Text(SessionScanEntry entry, string name) =>
        entry.Metadata.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static int? Number(SessionScanEntry entry, string name) =>
        entry.Metadata.TryGetValue(name, out var value) && value.TryGetInt32(out var number) ? number : null;
}
