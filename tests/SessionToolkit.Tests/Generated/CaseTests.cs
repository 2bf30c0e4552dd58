using System.Collections.Generic;
using Lab;
using Xunit;

namespace SessionToolkit.Tests.Generated;

public class Case001SameNameDifferentNamespaces
{
    [Fact]
    public void TypeIdsDiffer()
    {
        Assert.Equal("Lab.Capture.Progress", TypeId<Lab.Capture.Progress>());
        Assert.Equal("Lab.Replay.Progress", TypeId<Lab.Replay.Progress>());
    }

    [Fact]
    public void BothRoundTrip()
    {
        var both = new Lab.Replay.Both
        {
            Left = new Lab.Capture.Progress { Step = 4 },
            Right = new Lab.Replay.Progress { Cursor = "c9" },
        };

        var actual = RoundTrip.Through(both);

        Assert.Equal(4, actual.Left!.Step);
        Assert.Equal("c9", actual.Right!.Cursor);
    }

    internal static string TypeId<T>()
        where T : ISessionState<T> => T.SessionTypeId;
}

public class Case003GlobalAndFileScopedNamespace
{
    [Fact]
    public void GlobalTypeRoundTrips()
    {
        var actual = RoundTrip.Through(new DeskState { OpenTabs = 3 });

        Assert.Equal(3, actual.OpenTabs);
    }

    [Fact]
    public void TypeIds()
    {
        Assert.Equal("DeskState", Case001SameNameDifferentNamespaces.TypeId<DeskState>());
        Assert.Equal("Lab.Desk.PanelState", Case001SameNameDifferentNamespaces.TypeId<Lab.Desk.PanelState>());
    }

    [Fact]
    public void OwnerRoundTrips()
    {
        var panel = new Lab.Desk.PanelState
        {
            Docked = true,
            Owner = new DeskState { OpenTabs = 2 },
        };

        var actual = RoundTrip.Through(panel);

        Assert.True(actual.Docked);
        Assert.Equal(2, actual.Owner!.OpenTabs);
    }
}

public class Case004GenericContainingType
{
    [Fact]
    public void MarkersOfTwoClosedTypesRoundTrip()
    {
        var board = new Board
        {
            Last = new Slot<int>.Marker { Index = 1 },
            Named = new Slot<string>.Marker { Index = 2 },
        };

        var actual = RoundTrip.Through(board);

        Assert.Equal(1, actual.Last!.Index);
        Assert.Equal(2, actual.Named!.Index);
    }

    [Fact]
    public void InnerStateRoundTrips()
    {
        var actual = RoundTrip.Through(new Host<string>.Inner { Count = 8 });

        Assert.Equal(8, actual.Count);
    }

    [Fact]
    public void InnerTypeIdUsesMetadataName()
    {
        Assert.Equal("Lab.Host`1+Inner", Case001SameNameDifferentNamespaces.TypeId<Host<string>.Inner>());
    }
}

public class Case005KeywordIdentifiers
{
    [Fact]
    public void JsonNamesHaveNoAt()
    {
        var value = new Lab.@checked.@operator
        {
            @event = "e",
            @class = 2,
            @default = true,
            @ref = new() { @in = 1.5 },
        };
        value.SetFixed(9);

        var json = RoundTrip.SessionJson(value);

        Assert.Equal("{\"class\":2,\"default\":true,\"event\":\"e\",\"fixed\":9,\"ref\":{\"in\":1.5}}", json);
    }

    [Fact]
    public void EveryMemberRoundTrips()
    {
        var value = new Lab.@checked.@operator
        {
            @event = "e",
            @class = 2,
            @default = true,
            @ref = new() { @in = 1.5 },
        };
        value.SetFixed(9);

        var actual = RoundTrip.Through(value);

        Assert.Equal("e", actual.@event);
        Assert.Equal(2, actual.@class);
        Assert.True(actual.@default);
        Assert.Equal(9, actual.Fixed);
        Assert.Equal(1.5, actual.@ref!.@in);
    }

    [Fact]
    public void TypeIdHasNoAt()
    {
        Assert.Equal("Lab.checked.operator", Case001SameNameDifferentNamespaces.TypeId<Lab.@checked.@operator>());
    }
}

public class Case006GeneratedNameCollisions
{
    [Fact]
    public void ProbeRoundTrips()
    {
        var probe = new Probe
        {
            writer = "w",
            reader = "r",
            value = 1,
            state = 2,
            Version = 3,
            type = "t",
        };

        var actual = RoundTrip.Through(probe);

        Assert.Equal("w", actual.writer);
        Assert.Equal("r", actual.reader);
        Assert.Equal(1, actual.value);
        Assert.Equal(2, actual.state);
        Assert.Equal(3, actual.Version);
        Assert.Equal("t", actual.type);
    }

    [Fact]
    public void GeneratedMembersIgnoreUserMembers()
    {
        Assert.Equal(1, SessionVersion<ProbeCopy>());
        Assert.Equal("Lab.ProbeCopy", Case001SameNameDifferentNamespaces.TypeId<ProbeCopy>());
        Assert.Equal(5, RoundTrip.Through(new ProbeCopy { Value = 5 }).Value);
    }

    private static int SessionVersion<T>()
        where T : ISessionState<T> => T.SessionVersion;
}

public class Case008PositionalRecords
{
    [Fact]
    public void CursorRoundTrips()
    {
        var expected = new Cursor("a.log", 40) { Hits = 3 };

        Assert.Equal(expected, RoundTrip.Through(expected));
    }

    [Fact]
    public void WindowRoundTrips()
    {
        var expected = new Window(2, 9);

        Assert.Equal(expected, RoundTrip.Through(expected));
    }

    [Fact]
    public void MarkerScratchIsNotWritten()
    {
        var json = RoundTrip.SessionJson(new Marker("tmp", "kept"));

        Assert.Equal("{\"Label\":\"kept\"}", json);
    }

    [Fact]
    public void MarkerScratchComesBackNull()
    {
        var actual = RoundTrip.Through(new Marker("tmp", "kept"));

        Assert.Null(actual.Scratch);
        Assert.Equal("kept", actual.Label);
    }

    [Fact]
    public void SpanUsesPrimaryConstructor()
    {
        var expected = new Span(2, 7);

        Assert.Equal(expected, RoundTrip.Through(expected));
    }

    [Fact]
    public void GetOnlyParameterPropertyRoundTrips()
    {
        Assert.Equal(6, RoundTrip.Through(new Fixed(6)).Size);
    }

    [Fact]
    public void MissingConstructorMemberIsCorrupted()
    {
        var error = Assert.Throws<CorruptedSessionException>(() => RoundTrip.ReadSession<Cursor>("{\"File\":\"a\"}"));

        Assert.Equal("$.session", error.JsonPath);
        Assert.Contains("'Offset'", error.Message);
    }
}

public class Case009ReadonlyFields
{
    [Fact]
    public void LeaseRoundTrips()
    {
        var actual = RoundTrip.Through(new Lease("n1", 30) { Renewals = 2 });

        Assert.Equal("n1", actual.Holder);
        Assert.Equal(30, actual.Term);
        Assert.Equal(2, actual.Renewals);
    }

    [Fact]
    public void PointRoundTrips()
    {
        var actual = RoundTrip.Through(new Point(3, -4));

        Assert.Equal(3, actual.X);
        Assert.Equal(-4, actual.Y);
    }
}

public class Case010HiddenMembers
{
    [Fact]
    public void OneEntryPerName()
    {
        var json = RoundTrip.SessionJson(
            new NamedStep
            {
                Label = "go",
                Order = 1L << 40,
                Kind = "k",
            }
        );

        Assert.Equal("{\"Kind\":\"k\",\"Label\":\"go\",\"Order\":1099511627776}", json);
    }

    [Fact]
    public void DerivedValuesRoundTrip()
    {
        var actual = RoundTrip.Through(
            new NamedStep
            {
                Label = "go",
                Order = 1L << 40,
                Kind = "k",
            }
        );

        Assert.Equal("go", actual.Label);
        Assert.Equal(1L << 40, actual.Order);
        Assert.Equal("k", actual.Kind);
    }
}

public class Case011NullableContext
{
    [Fact]
    public void NullsRoundTrip()
    {
        var notes = new Notes
        {
            Title = null,
            Body = "b",
            Tags = ["x", null],
            Counts = new() { ["a"] = 1, ["b"] = null },
        };

        var actual = RoundTrip.Through(notes);

        Assert.Null(actual.Title);
        Assert.Equal("b", actual.Body);
        Assert.Equal(["x", null], actual.Tags);
        Assert.Equal(new Dictionary<string, int?> { ["a"] = 1, ["b"] = null }, actual.Counts);
    }

    [Fact]
    public void NonNullTitleRoundTrips()
    {
        Assert.Equal("t", RoundTrip.Through(new Notes { Title = "t" }).Title);
    }

    [Fact]
    public void NullBodyIsCorrupted()
    {
        var error = Assert.Throws<CorruptedSessionException>(() => RoundTrip.ReadSession<Notes>("{\"Body\":null}"));

        Assert.Equal("$.session.Body", error.JsonPath);
    }

    [Fact]
    public void ObliviousNameAcceptsNull()
    {
        var actual = RoundTrip.ReadSession<Plain>("{\"Name\":null,\"Limit\":null}");

        Assert.Null(actual.Name);
        Assert.Null(actual.Limit);
    }

    [Fact]
    public void PlainRoundTrips()
    {
        var actual = RoundTrip.Through(new Plain { Name = "n", Limit = 4 });

        Assert.Equal("n", actual.Name);
        Assert.Equal(4, actual.Limit);
    }
}
