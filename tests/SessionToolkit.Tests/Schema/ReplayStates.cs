using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace SessionToolkit.Tests.Schema;

/// <summary>Version 2 of a state that renamed 'Title' to 'Package', with the migration that moves the value.</summary>
[SessionState(Version = 2, TypeId = "Tests.Renamed")]
public partial class RenamedWithMigration
{
    public string Package { get; set; } = "";

    [SessionMigration(FromVersion = 1)]
    private static JsonObject MoveTitle(JsonObject session)
    {
        session["Package"] = session["Title"]?.DeepClone();
        session.Remove("Title");
        return session;
    }
}

/// <summary>The same state without the migration, so that version 1's 'Title' is left behind.</summary>
[SessionState(Version = 2, TypeId = "Tests.Renamed")]
public partial class RenamedWithoutMigration
{
    public string Package { get; set; } = "";
}

/// <summary>Version 2 of a state whose 'Count' was a string in version 1, without a migration that converts it.</summary>
[SessionState(Version = 2, TypeId = "Tests.Retyped")]
public partial class Retyped
{
    public int Count { get; set; }
}

/// <summary>A state with a member of every shape a golden checkpoint fills in.</summary>
[SessionState(Version = 1, TypeId = "Tests.Shapes")]
public partial class Shapes
{
    public bool Flag { get; set; }

    public long Number { get; set; }

    public double Ratio { get; set; }

    public string? Note { get; set; }

    public System.Guid Id { get; set; }

    public System.DateTimeOffset At { get; set; }

    public System.TimeSpan Took { get; set; }

    public byte[] Blob { get; set; } = [];

    public ReplayColor Color { get; set; }

    public List<ReplayItem> Items { get; set; } = [];

    public Dictionary<ReplayColor, int> ByColor { get; set; } = [];

    public ReplayShape? Shape { get; set; }
}

public enum ReplayColor
{
    Red,
    Blue,
}

[SessionData]
public partial class ReplayItem
{
    public string Name { get; set; } = "";

    public ReplayItem? Next { get; set; }
}

[SessionData]
[SessionDerivedType(typeof(ReplayCircle), "circle")]
public abstract partial class ReplayShape
{
    public string Tag { get; set; } = "";
}

[SessionData]
public partial class ReplayCircle : ReplayShape
{
    public double Radius { get; set; }
}

/// <summary>
/// Version 2 of a state whose member nests 70 arrays, deeper than System.Text.Json's default depth of 64, and is
/// read with a higher <see cref="SessionSerializerOptions.MaxDepth"/>.
/// </summary>
[SessionState(Version = 2, TypeId = "Tests.Deep")]
public partial class DeepState
{
    public int[][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][]? Grid { get; set; }

    [SessionMigration(FromVersion = 1)]
    private static JsonObject Keep(JsonObject session) => session;
}
