using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using JobRunner.Planning;
using JobRunner.Units;

namespace JobRunner.Sessions;

/// <summary>Builds a session's plan from what the session stores, so that <c>run</c> and <c>resume</c> agree.</summary>
public static class SessionPlan
{
    /// <summary>Loads the session's unit files and builds its plan.</summary>
    /// <exception cref="UnitFileException">A unit file is malformed.</exception>
    /// <exception cref="IOException">A unit file cannot be read.</exception>
    /// <exception cref="ArgumentException">An include pattern is invalid.</exception>
    public static ExecutionPlan Build(RunSession session)
    {
        var catalog = UnitCatalog.Load(session.UnitFiles, session.Namespace);
        return PlanBuilder.Build(catalog, session.IncludePatterns, Environment.UserName, session.RunRootJobs);
    }

    /// <summary>Stores the plan's job list, job count and the checksum of every job's definition.</summary>
    public static void Adopt(RunSession session, ExecutionPlan plan)
    {
        session.DesiredJobs = [.. plan.Jobs.Select(job => job.Unit.Id)];
        session.JobChecksums = plan.Jobs.ToDictionary(
            job => job.Unit.Id,
            job => JobChecksum.Compute(job.Unit),
            StringComparer.Ordinal
        );
        session.JobCount = plan.Jobs.Count;
        session.FinishedCount = SessionRecorder.CountFinished(session);
    }

    /// <summary>Returns a listing title for <paramref name="unitFiles"/>: the first file name and how many follow.</summary>
    public static string TitleFor(IReadOnlyList<string> unitFiles)
    {
        var first = Path.GetFileName(unitFiles[0]);
        return unitFiles.Count == 1 ? first : $"{first} and {unitFiles.Count - 1} more";
    }
}
