using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using SessionToolkit.Tests.Generated;

namespace SessionToolkit.Tests.Hostile;

/// <summary>Outcome of one inspection step, stored by name.</summary>
public enum StepOutcome
{
    Pass,
    Fail,
    Skip,
    Crash,
}

[WellKnownDirectories]
public partial class InspectionDirs
{
    [WellKnownDirectory("io-logs")]
    public partial string IoLogs { get; }

    [WellKnownDirectory("attachments/raw")]
    public partial string RawAttachments { get; }
}

[SessionData]
public partial class InspectionStep
{
    public string Name { get; set; } = "";

    public StepOutcome Outcome { get; set; }

    public int? ExitCode { get; set; }

    public TimeSpan Duration { get; set; }

    public Dictionary<string, string> Environment { get; set; } = [];
}

/// <summary>
/// The target of the hostile-checkpoint properties: a generated state whose reader meets every kind of value the
/// generator supports. It has scalars parsed from text, nullable values, collections, and dictionaries with
/// string, enum and integer keys. It also has a polymorphic member, a converter, raw JSON, itself nested,
/// metadata, a migration, and well-known directories that LoadSession creates.
/// </summary>
[SessionState(Version = 2, Directories = typeof(InspectionDirs))]
public partial class InspectionState
{
    [SessionMetadata]
    public string Title { get; set; } = "";

    [SessionMetadata]
    public int Attempt { get; set; }

    public long Bytes { get; set; }

    public double Score { get; set; }

    public decimal Cost { get; set; }

    public bool Passed { get; set; }

    public char Grade { get; set; }

    public Guid Id { get; set; }

    public DateTimeOffset Started { get; set; }

    public DateOnly Day { get; set; }

    public Uri? Origin { get; set; }

    public byte[] Digest { get; set; } = [];

    public StepOutcome? LastOutcome { get; set; }

    public List<InspectionStep> Steps { get; set; } = [];

    public Dictionary<string, List<int?>> Counters { get; set; } = [];

    public Dictionary<StepOutcome, int> ByOutcome { get; set; } = [];

    public Dictionary<long, double> Timings { get; set; } = [];

    public ImmutableArray<string> Tags { get; set; } = [];

    public HashSet<int> Seen { get; set; } = [];

    public Shape? Figure { get; set; }

    [SessionConverter(typeof(PointArrayConverter))]
    public (int X, int Y) Cursor { get; set; }

    public JsonElement Extra { get; set; }

    public InspectionState? Previous { get; set; }

    // Version 1 stored the attempt count as "tries".
    [SessionMigration(FromVersion = 1)]
    private static JsonObject RenameTries(JsonObject session)
    {
        session["Attempt"] = session["tries"]?.DeepClone();
        session.Remove("tries");
        return session;
    }
}
