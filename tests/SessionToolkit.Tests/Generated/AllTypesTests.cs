using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace SessionToolkit.Tests.Generated;

public class AllTypesTests
{
    private static AllTypes Sample() =>
        new()
        {
            Flag = true,
            U8 = 200,
            S8 = -100,
            S16 = -30000,
            U16 = 60000,
            S32 = int.MinValue,
            U32 = uint.MaxValue,
            S64 = long.MinValue,
            U64 = ulong.MaxValue,
            Native = -5,
            UNative = 5,
            Big = Int128.MaxValue,
            UBig = UInt128.MaxValue,
            Small = (Half)1.5,
            F32 = 3.25f,
            F64 = 0.1,
            NotANumber = double.NaN,
            Money = 79228162514264337593543950335m,
            Letter = 'ß',
            Text = "tab\tquote\"",
            Maybe = null,
            Id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
            When = new DateTime(2026, 12, 4, 15, 0, 0, DateTimeKind.Utc),
            WhenOffset = new DateTimeOffset(2026, 12, 4, 15, 0, 0, TimeSpan.FromHours(2)),
            Duration = TimeSpan.FromMilliseconds(90061001),
            Day = new DateOnly(2026, 2, 28),
            Time = new TimeOnly(23, 59, 58, 123),
            Link = new Uri("https://example.invalid/a?b=c"),
            Blob = [0, 1, 254, 255],
            MaybeNumber = 7,
            Color = Color.Blue,
            MaybeColor = null,
            Numbers = [1, 2, 3],
            Names = ["a", null, "c"],
            Sequence = [4, 5],
            ReadOnlyList = [6],
            MutableList = [7],
            Collection = [8],
            ReadOnlyCollection = [9],
            Set = ["x", "y"],
            SetInterface = new HashSet<int> { 10 },
            ReadOnlySet = new HashSet<int> { 11 },
            ByName = new() { ["one"] = 1, ["none"] = null },
            ByColor = new() { [Color.Green] = "g" },
            ByNumber = new() { [-3] = 0.5 },
            DictionaryInterface = new Dictionary<string, int> { ["k"] = 12 },
            ReadOnlyDictionary = new Dictionary<string, int> { ["r"] = 13 },
            Frozen = [14, 15],
            FrozenList = ["f"],
            FrozenSet = [16],
            FrozenMap = ImmutableDictionary<string, int>.Empty.Add("m", 17),
            Child = new Leaf { Name = "leaf", Weight = 3 },
            Children = [new Leaf { Name = "c1" }, new Leaf { Name = "c2", Weight = 0 }],
            Pair = new Pair { Left = 1, Right = 2 },
            MaybePair = new Pair { Left = 3, Right = 4 },
            Nested = new() { ["n"] = [1, null] },
            Raw = JsonDocument.Parse("{\"any\":[1,true]}").RootElement,
        };

    [Fact]
    public void ScalarsRoundTrip()
    {
        var expected = Sample();

        var actual = RoundTrip.Through(expected);

        Assert.True(actual.Flag);
        Assert.Equal(expected.U8, actual.U8);
        Assert.Equal(expected.S8, actual.S8);
        Assert.Equal(expected.S16, actual.S16);
        Assert.Equal(expected.U16, actual.U16);
        Assert.Equal(expected.S32, actual.S32);
        Assert.Equal(expected.U32, actual.U32);
        Assert.Equal(expected.S64, actual.S64);
        Assert.Equal(expected.U64, actual.U64);
        Assert.Equal(expected.Native, actual.Native);
        Assert.Equal(expected.UNative, actual.UNative);
        Assert.Equal(expected.Big, actual.Big);
        Assert.Equal(expected.UBig, actual.UBig);
        Assert.Equal(expected.Small, actual.Small);
        Assert.Equal(expected.F32, actual.F32);
        Assert.Equal(expected.F64, actual.F64);
        Assert.True(double.IsNaN(actual.NotANumber));
        Assert.Equal(expected.Money, actual.Money);
        Assert.Equal(expected.Letter, actual.Letter);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Null(actual.Maybe);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.When, actual.When);
        Assert.Equal(DateTimeKind.Utc, actual.When.Kind);
        Assert.Equal(expected.WhenOffset, actual.WhenOffset);
        Assert.Equal(expected.WhenOffset.Offset, actual.WhenOffset.Offset);
        Assert.Equal(expected.Duration, actual.Duration);
        Assert.Equal(expected.Day, actual.Day);
        Assert.Equal(expected.Time, actual.Time);
        Assert.Equal(expected.Link, actual.Link);
        Assert.Equal(expected.Blob, actual.Blob);
        Assert.Equal(7, actual.MaybeNumber);
        Assert.Equal(Color.Blue, actual.Color);
        Assert.Null(actual.MaybeColor);
    }

    [Fact]
    public void CollectionsRoundTrip()
    {
        var expected = Sample();

        var actual = RoundTrip.Through(expected);

        Assert.Equal(expected.Numbers, actual.Numbers);
        Assert.Equal(expected.Names, actual.Names);
        Assert.Equal(expected.Sequence, actual.Sequence);
        Assert.Equal(expected.ReadOnlyList, actual.ReadOnlyList);
        Assert.Equal(expected.MutableList, actual.MutableList);
        Assert.Equal(expected.Collection, actual.Collection);
        Assert.Equal(expected.ReadOnlyCollection, actual.ReadOnlyCollection);
        Assert.Equal(expected.Set, actual.Set);
        Assert.Equal(expected.SetInterface, actual.SetInterface);
        Assert.Equal(expected.ReadOnlySet, actual.ReadOnlySet);
        Assert.Equal(expected.ByName, actual.ByName);
        Assert.Equal(expected.ByColor, actual.ByColor);
        Assert.Equal(expected.ByNumber, actual.ByNumber);
        Assert.Equal(expected.DictionaryInterface, actual.DictionaryInterface);
        Assert.Equal(expected.ReadOnlyDictionary, actual.ReadOnlyDictionary);
        Assert.Equal(expected.Frozen, actual.Frozen);
        Assert.Equal(expected.FrozenList, actual.FrozenList);
        Assert.Equal(expected.FrozenSet, actual.FrozenSet);
        Assert.Equal(expected.FrozenMap, actual.FrozenMap);
        Assert.Equal([1, null], actual.Nested["n"]);
    }

    [Fact]
    public void NestedDataRoundTrips()
    {
        var actual = RoundTrip.Through(Sample());

        Assert.Equal("leaf", actual.Child!.Name);
        Assert.Equal(3, actual.Child.Weight);
        Assert.Equal(["c1", "c2"], actual.Children.Select(c => c.Name));
        Assert.Equal([null, 0], actual.Children.Select(c => c.Weight));
        Assert.Equal(2, actual.Pair.Right);
        Assert.Equal(4, actual.MaybePair!.Value.Right);
        Assert.Equal("{\"any\":[1,true]}", actual.Raw.GetRawText());
    }

    [Fact]
    public void EnumWrittenByName()
    {
        var json = RoundTrip.SessionJson(new AllTypes { Color = Color.Green });

        Assert.Contains("\"Color\":\"Green\"", json);
    }

    [Fact]
    public void UnknownMembersAreSkipped()
    {
        var actual = RoundTrip.ReadSession<AllTypes>("{\"Extra\":{\"deep\":[1,{\"x\":2}]},\"S32\":5,\"More\":null}");

        Assert.Equal(5, actual.S32);
    }

    [Fact]
    public void DuplicateMemberIsRejected()
    {
        var error = Assert.Throws<CorruptedSessionException>(() =>
            RoundTrip.ReadSession<AllTypes>("{\"S32\":5,\"S32\":6}")
        );

        Assert.Equal("$.session.S32", error.JsonPath);
        Assert.Contains("duplicate member 'S32'", error.Message);
        Assert.Equal("test.session", error.FilePath);
    }

    [Fact]
    public void WrongTokenNamesPath()
    {
        var error = Assert.Throws<CorruptedSessionException>(() =>
            RoundTrip.ReadSession<AllTypes>("{\"ByName\":{\"job-1\":\"x\"}}")
        );

        Assert.Equal("$.session.ByName['job-1']", error.JsonPath);
    }

    [Fact]
    public void ElementPathHasIndex()
    {
        var error = Assert.Throws<CorruptedSessionException>(() =>
            RoundTrip.ReadSession<AllTypes>("{\"Children\":[{\"Name\":\"a\"},{\"Name\":1}]}")
        );

        Assert.Equal("$.session.Children[1].Name", error.JsonPath);
    }
}
