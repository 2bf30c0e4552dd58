using System.Linq;
using Lab;
using Xunit;

namespace SessionToolkit.Tests.Generated;

public class Case012EnumAliases
{
    [Theory]
    [InlineData(Phase.Busy, Phase.Running)]
#pragma warning disable CS0618 // the obsolete alias is the point of the case
    [InlineData(Phase.Finished, Phase.Done)]
#pragma warning restore CS0618
    [InlineData(Phase.Idle, Phase.Idle)]
    public void AliasComesBackAsValue(Phase written, Phase expected)
    {
        Assert.Equal(expected, RoundTrip.Through(new Machine { Phase = written }).Phase);
    }

    [Fact]
    public void AliasWrittenAsFirstName()
    {
        var json = RoundTrip.SessionJson(new Machine { Phase = Phase.Busy });

        Assert.Contains("\"Phase\":\"Running\"", json);
    }

    [Fact]
    public void AliasNameIsRead()
    {
        Assert.Equal(Phase.Running, RoundTrip.ReadSession<Machine>("{\"Phase\":\"Busy\"}").Phase);
    }

    [Fact]
    public void PreviousNullAndDoneSurvive()
    {
        Assert.Null(RoundTrip.Through(new Machine { Previous = null }).Previous);
        Assert.Equal(Phase.Done, RoundTrip.Through(new Machine { Previous = Phase.Done }).Previous);
    }

    [Theory]
    [InlineData((byte)3)]
    [InlineData((byte)0x80)]
    [InlineData((byte)0x81)]
    public void FlagsSurvive(byte raw)
    {
        Assert.Equal((Caps)raw, RoundTrip.Through(new Machine { Caps = (Caps)raw }).Caps);
    }

    [Fact]
    public void UndefinedValueWrittenAsNumber()
    {
        var json = RoundTrip.SessionJson(new Machine { Caps = (Caps)0x80 });

        Assert.Contains("\"Caps\":128", json);
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MaxValue - 1)]
    public void TierSurvivesExactly(long raw)
    {
        Assert.Equal((Tier)raw, RoundTrip.Through(new Machine { Tier = (Tier)raw }).Tier);
    }

    [Fact]
    public void UnknownNameIsCorrupted()
    {
        var error = Assert.Throws<CorruptedSessionException>(() =>
            RoundTrip.ReadSession<Machine>("{\"Phase\":\"Paused\"}")
        );

        Assert.Equal("$.session.Phase", error.JsonPath);
    }
}

public class Case013PartialAcrossFiles
{
    [Fact]
    public void MembersOfBothPartsRoundTrip()
    {
        var scan = new Scan { Done = 1, Total = 9 };
        scan.Touch("/x", 77);

        var actual = RoundTrip.Through(scan);

        Assert.Equal(1, actual.Done);
        Assert.Equal(9, actual.Total);
        Assert.Equal(("/x", 77L), actual.Peek());
    }
}

public class Case014RecursiveTypeGraphAndDepth
{
    [Fact]
    public void TreeRoundTrips()
    {
        var tree = new TreeNode
        {
            Name = "root",
            Children = [new TreeNode { Name = "a", Children = [new TreeNode { Name = "a1" }] }],
            ByKey = new() { ["k"] = new TreeNode { Name = "byKey" } },
        };

        var actual = RoundTrip.Through(tree);

        Assert.Equal("a1", actual.Children.Single().Children.Single().Name);
        Assert.Equal("byKey", actual.ByKey!["k"].Name);
    }

    [Fact]
    public void CycleIsCatchable()
    {
        var a = new LinkedStep { N = 1 };
        a.Next = a;

        var error = Assert.Throws<SessionSuspendException>(() => RoundTrip.Write(a));

        Assert.Contains("cycle or depth limit", error.Message);
        Assert.StartsWith("$.session.Next.Next.Next", error.JsonPath);
    }

    [Theory]
    [InlineData(62)]
    [InlineData(63)]
    public void ChainWithinLimitRoundTrips(int depth)
    {
        var actual = RoundTrip.Through(Chain(depth));

        Assert.Equal(depth, Length(actual));
    }

    [Theory]
    [InlineData(64)]
    [InlineData(65)]
    public void ChainOverLimitFailsOnWrite(int depth)
    {
        var error = Assert.Throws<SessionSuspendException>(() => RoundTrip.Write(Chain(depth)));

        Assert.Contains("cycle or depth limit", error.Message);
    }

    [Fact]
    public void ConfiguredLimitAppliesOnBothSides()
    {
        var options = new SessionSerializerOptions { MaxDepth = 10 };

        Assert.Equal(9, Length(RoundTrip.Through(Chain(9), options)));
        Assert.Throws<SessionSuspendException>(() => RoundTrip.Write(Chain(10), options));
    }

    private static LinkedStep Chain(int depth)
    {
        var head = new LinkedStep { N = depth };
        for (var n = depth - 1; n >= 1; n--)
        {
            head = new LinkedStep { N = n, Next = head };
        }

        return head;
    }

    private static int Length(LinkedStep step)
    {
        var count = 1;
        for (var current = step.Next; current is not null; current = current.Next)
        {
            count++;
        }

        return count;
    }
}

public class Case015EnvelopeMemberOrder
{
    [Theory]
    [InlineData("{\"Reading\":7,\"Unit\":\"kWh\"}")]
    [InlineData("{\"Unit\":\"kWh\",\"Reading\":7}")]
    [InlineData("{\"Unit\":\"kWh\",\"Phase\":{\"a\":[1]},\"Reading\":7}")]
    public void SessionMembersInAnyOrder(string session)
    {
        var actual = RoundTrip.ReadSession<Meter>(session);

        Assert.Equal(7, actual.Reading);
        Assert.Equal("kWh", actual.Unit);
    }

    [Fact]
    public void DuplicateReadingIsRejected()
    {
        var error = Assert.Throws<CorruptedSessionException>(() =>
            RoundTrip.ReadSession<Meter>("{\"Reading\":7,\"Reading\":8,\"Unit\":\"kWh\"}")
        );

        Assert.Equal("$.session.Reading", error.JsonPath);
    }
}
