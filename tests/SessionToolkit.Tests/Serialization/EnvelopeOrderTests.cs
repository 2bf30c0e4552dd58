using SessionToolkit.Tests.Serialization.States;
using Xunit;

namespace SessionToolkit.Tests.Serialization;

/// <summary>Envelope payloads in every member order, and the damaged ones, each with its exact outcome.</summary>
public class EnvelopeOrderTests
{
    private const string P1 = """{"version":2,"type":"Lab.Meter","metadata":{},"session":{"Reading":7,"Unit":"kWh"}}""";
    private const string P2 = """{"session":{"Unit":"kWh","Reading":7},"metadata":{},"type":"Lab.Meter","version":2}""";
    private const string P3 =
        """{"session":{"Reading":7,"Unit":"kWh"},"note":"added by a tool","version":2,"type":"Lab.Meter","metadata":{}}""";
    private const string P4 = """{"version":2,"type":"Lab.Meter","metadata":{}}""";
    private const string P5 = """{"type":"Lab.Meter","metadata":{},"session":{"Reading":7,"Unit":"kWh"}}""";
    private const string P6 =
        """{"version":3,"type":"Lab.Meter","metadata":{},"session":{"Reading":7,"Unit":"kWh","Phase":1}}""";
    private const string P7 =
        """{"version":"2","type":"Lab.Meter","metadata":{},"session":{"Reading":7,"Unit":"kWh"}}""";
    private const string P8 =
        """{"version":2,"type":"Lab.Meter","metadata":{},"session":{"Reading":7,"Reading":8,"Unit":"kWh"}}""";
    private const string P9 = """{"version":2,"type":"Lab.Gauge","metadata":{},"session":{"Reading":7,"Unit":"kWh"}}""";

    private static Meter Resume(string json) => SessionSerializer.Resume<Meter>(Checkpoints.Gzip(json));

    [Theory]
    [InlineData(P1)]
    [InlineData(P2)]
    [InlineData(P3)]
    public void AnyOrderResumes(string json)
    {
        var meter = Resume(json);

        Assert.Equal(7, meter.Reading);
        Assert.Equal("kWh", meter.Unit);
    }

    [Fact]
    public void UnknownNestedMemberSkipped()
    {
        var json = """{"extra":{"deep":[1,{"version":9}]},"version":2,"session":{"Reading":7,"Unit":"kWh"}}""";

        var meter = Resume(json);

        Assert.Equal(7, meter.Reading);
    }

    [Fact]
    public void MissingSessionIsCorrupted()
    {
        var error = Assert.Throws<CorruptedSessionException>(() => Resume(P4));

        Assert.Equal("The checkpoint is corrupted: missing session.", error.Message);
        Assert.Equal("$", error.JsonPath);
    }

    [Fact]
    public void MissingVersionIsCorrupted()
    {
        var error = Assert.Throws<CorruptedSessionException>(() => Resume(P5));

        Assert.Equal("The checkpoint is corrupted: missing version.", error.Message);
    }

    [Fact]
    public void NewerVersionIsIncompatible()
    {
        var error = Assert.Throws<IncompatibleSessionException>(() => Resume(P6));

        Assert.Equal("The checkpoint is incompatible: found version 3, supported up to 2.", error.Message);
        Assert.Equal(3, error.FoundVersion);
        Assert.Equal(2, error.SupportedVersion);
    }

    [Fact]
    public void StringVersionIsCorrupted()
    {
        var error = Assert.Throws<CorruptedSessionException>(() => Resume(P7));

        Assert.Equal("$.version", error.JsonPath);
        Assert.Equal("The checkpoint is corrupted: the version is not a positive integer.", error.Message);
    }

    [Theory]
    [InlineData("""{"version":2.5,"session":{}}""")]
    [InlineData("""{"version":0,"session":{}}""")]
    [InlineData("""{"version":99999999999,"session":{}}""")]
    [InlineData("""{"version":null,"session":{}}""")]
    public void NonIntegerVersionIsCorrupted(string json)
    {
        var error = Assert.Throws<CorruptedSessionException>(() => Resume(json));

        Assert.Equal("$.version", error.JsonPath);
    }

    [Fact]
    public void RepeatedSessionMemberIsCorrupted()
    {
        var error = Assert.Throws<CorruptedSessionException>(() => Resume(P8));

        Assert.Equal("$.session.Reading", error.JsonPath);
    }

    [Theory]
    [InlineData("""{"version":2,"version":2,"session":{"Reading":7,"Unit":"kWh"}}""", "$.version")]
    [InlineData("""{"version":2,"type":"Lab.Meter","type":"Lab.Meter","session":{}}""", "$.type")]
    [InlineData("""{"version":2,"metadata":{},"metadata":{},"session":{}}""", "$.metadata")]
    [InlineData("""{"version":2,"session":{},"session":{}}""", "$.session")]
    public void RepeatedEnvelopeMemberIsCorrupted(string json, string path)
    {
        var error = Assert.Throws<CorruptedSessionException>(() => Resume(json));

        Assert.Equal(path, error.JsonPath);
    }

    [Fact]
    public void RepeatedMetadataMemberIsCorrupted()
    {
        var json = """{"version":2,"metadata":{"title":"a","title":"b"},"session":{}}""";

        var resume = Assert.Throws<CorruptedSessionException>(() => Resume(json));
        var peek = Assert.Throws<CorruptedSessionException>(() => SessionSerializer.Peek(Checkpoints.Gzip(json)));

        Assert.Equal("$.metadata.title", resume.JsonPath);
        Assert.Equal("$.metadata.title", peek.JsonPath);
    }

    [Fact]
    public void EscapedEnvelopeNameMatches()
    {
        var json = """{"vers\u0069on":2,"session":{"Reading":7,"Unit":"kWh"}}""";

        var meter = Resume(json);

        Assert.Equal(2, meter.SeenStoredVersion);
    }

    [Fact]
    public void OtherTypeIsIncompatible()
    {
        var error = Assert.Throws<IncompatibleSessionException>(() => Resume(P9));

        Assert.Equal(
            "The checkpoint is incompatible: it holds state type 'Lab.Gauge', expected 'Lab.Meter'.",
            error.Message
        );
        Assert.Equal("Lab.Gauge", error.FoundTypeId);
        Assert.Equal("Lab.Meter", error.ExpectedTypeId);
    }

    [Fact]
    public void PlainboxShapeResumes()
    {
        var meter = Resume("""{"version":1,"session":{"Reading":3,"Unit":"W"}}""");

        Assert.Equal(3, meter.Reading);
        Assert.Equal(1, meter.SeenStoredVersion);
    }

    [Theory]
    [InlineData("""{"version":2,"type":7,"session":{}}""", "$.type")]
    [InlineData("""{"version":2,"metadata":[],"session":{}}""", "$.metadata")]
    [InlineData("""{"version":2,"session":[]}""", "$.session")]
    [InlineData("""[]""", "$")]
    [InlineData("""{"version":2,"session":{}} {}""", "$")]
    [InlineData("""{"version":2,"session":{"Reading":""", "$.session")]
    public void WrongShapeIsCorrupted(string json, string path)
    {
        var error = Assert.Throws<CorruptedSessionException>(() => Resume(json));

        Assert.Equal(path, error.JsonPath);
    }

    [Fact]
    public void ErrorNamesFile()
    {
        var data = Checkpoints.Gzip(P5);

        var error = Assert.Throws<CorruptedSessionException>(() =>
            SessionSerializer.Resume<Meter>(data, filePath: "/tmp/s1.session/session")
        );

        Assert.Equal("The checkpoint '/tmp/s1.session/session' is corrupted: missing version.", error.Message);
        Assert.Equal("/tmp/s1.session/session", error.FilePath);
    }

    [Fact]
    public void SuspendWritesKeysInOrder()
    {
        var bytes = SessionSerializer.Suspend(new Meter { Reading = 7, Unit = "kWh" });

        Assert.Equal(P1, Checkpoints.Gunzip(bytes));
    }
}
