using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SessionToolkit.Tests.Generated;

[SessionData]
[SessionDerivedType(typeof(Circle), "circle")]
[SessionDerivedType(typeof(Square), "square")]
[SessionDerivedType(typeof(RoundedSquare), "rounded")]
public abstract partial class Shape
{
    public string Tag { get; set; } = "";
}

[SessionData]
public partial class Circle : Shape
{
    public double Radius { get; set; }
}

[SessionData]
public partial class Square : Shape
{
    public double Side { get; set; }
}

[SessionData]
public partial class RoundedSquare : Square
{
    public double Corner { get; set; }
}

[SessionData]
[SessionDerivedType(typeof(LoudNote), "loud")]
public partial class Note
{
    public string Text { get; set; } = "";
}

[SessionData]
public partial class LoudNote : Note
{
    public int Volume { get; set; }
}

[SessionState(Version = 1)]
public partial class Drawing
{
    public List<Shape> Shapes { get; set; } = [];
    public Shape? Main { get; set; }
    public Note? Plain { get; set; }
    public Note? Loud { get; set; }
}

/// <summary>Writes a point as a two-element array, the shape a converter exists for.</summary>
public sealed class PointArrayConverter : ISessionConverter<(int X, int Y)>
{
    public void Write(Utf8JsonWriter writer, (int X, int Y) value)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.X);
        writer.WriteNumberValue(value.Y);
        writer.WriteEndArray();
    }

    public (int X, int Y) Read(ref Utf8JsonReader reader)
    {
        reader.Read();
        var x = reader.GetInt32();
        reader.Read();
        var y = reader.GetInt32();
        reader.Read();
        return (x, y);
    }
}

[SessionState(Version = 3, Naming = SessionNamingPolicy.SnakeCase, TypeId = "lab.job")]
public partial class JobState
{
    [SessionMetadata]
    public string Title { get; set; } = "";

    [SessionMetadata]
    public bool IsRunning { get; set; }

    public int RunningJobCount { get; set; }

    [Persist(Name = "IOLog")]
    public string? IoLogPath { get; set; }

    [Transient]
    public string Scratch { get; set; } = "scratch";

    [Persist]
    internal int Hidden { get; set; }

    [Persist(Since = 3)]
    public required string? Owner { get; init; }

    public required int Attempts { get; init; }

    public string Kind { get; init; } = "default";

    [SessionConverter(typeof(PointArrayConverter))]
    public (int X, int Y) Cursor { get; set; }

    public int Computed => RunningJobCount * 2;

    // Version 1 called the count "jobs"; version 2 added "owner"-less attempts.
    [SessionMigration(FromVersion = 1)]
    private static JsonObject RenameJobs(JsonObject session)
    {
        session["running_job_count"] = session["jobs"]?.DeepClone();
        session.Remove("jobs");
        return session;
    }
}

[SessionState(Version = 1, Naming = SessionNamingPolicy.CamelCase)]
public partial record struct Sample(int FirstValue, string? SecondValue)
{
    public int IOCount { get; set; }
}

[SessionState(Version = 1)]
public partial struct Counters
{
    public int Hits { get; set; }

    public long Misses { get; set; }
}
