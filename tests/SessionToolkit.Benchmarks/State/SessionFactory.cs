using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SessionToolkit.Benchmarks.State;

/// <summary>Builds the same <see cref="BenchSession"/> for a given job count on every call.</summary>
public static class SessionFactory
{
    /// <summary>Creates a session with <paramref name="jobCount"/> planned jobs, each with one result.</summary>
    public static BenchSession Create(int jobCount)
    {
        var session = new BenchSession
        {
            Title = "certification run on lab-42",
            Flags = ["incomplete", "submission-ready"],
            RunningJob = JobId(jobCount / 2),
            AppBlob = Encoding.UTF8.GetBytes("{\"testplan_id\":\"com.canonical.certification::client-cert\"}"),
        };

        for (var i = 0; i < jobCount; i++)
        {
            var id = JobId(i);
            session.DesiredJobs.Add(id);
            session.JobChecksums.Add(id, Checksum(id));
            session.Results.Add(id, [CreateResult(i)]);
        }

        return session;
    }

    private static string JobId(int index) =>
        "com.canonical.certification::job-" + index.ToString("D5", CultureInfo.InvariantCulture);

    // A real SHA-256 in lower-case hex, as plainbox stores each job definition's checksum.
    private static string Checksum(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));

    // Every seventh job fails with a comment and every eleventh is skipped, so the results vary the way real ones do.
    private static BenchResult CreateResult(int index)
    {
        var outcome =
            index % 11 == 0 ? BenchOutcome.Skip
            : index % 7 == 0 ? BenchOutcome.Fail
            : BenchOutcome.Pass;
        return new BenchResult
        {
            Outcome = outcome,
            ReturnCode =
                outcome == BenchOutcome.Skip ? null
                : outcome == BenchOutcome.Fail ? 1
                : 0,
            Duration = TimeSpan.FromMilliseconds(37 + index % 9000),
            Comments = outcome == BenchOutcome.Fail ? "the command exited with status 1" : null,
            IoLogPath = outcome == BenchOutcome.Skip ? null : $"io-logs/job-{index:D5}.record.gz",
        };
    }
}
