using SessionToolkit.Tests.Serialization.States;
using Xunit;

namespace SessionToolkit.Tests.Serialization;

public class PeekTests
{
    [Fact]
    public void PeekReadsHead()
    {
        var bytes = SessionSerializer.Suspend(
            new Meter
            {
                Reading = 7,
                Unit = "kWh",
                Title = "hall",
            }
        );

        var head = SessionSerializer.Peek(bytes);

        Assert.Equal(2, head.Version);
        Assert.Equal("Lab.Meter", head.TypeId);
        Assert.Equal("hall", head.Metadata["title"].GetString());
    }

    [Fact]
    public void PeekSessionFirst()
    {
        var json = """{"session":{"Unit":"kWh","Reading":7},"metadata":{"title":"x"},"type":"Lab.Meter","version":2}""";

        var head = SessionSerializer.Peek(Checkpoints.Gzip(json));

        Assert.Equal(2, head.Version);
        Assert.Equal("Lab.Meter", head.TypeId);
        Assert.Equal("x", head.Metadata["title"].GetString());
    }

    [Fact]
    public void SessionMembersNamedLikeEnvelope()
    {
        // "version" and "type" inside the session object are state members, not the envelope's.
        var json =
            """{"session":{"version":9,"type":"Lab.Other","Reading":7,"Unit":"kWh"},"version":2,"type":"Lab.Meter"}""";
        var bytes = Checkpoints.Gzip(json);

        var head = SessionSerializer.Peek(bytes);
        var meter = SessionSerializer.Resume<Meter>(bytes);

        Assert.Equal(2, head.Version);
        Assert.Equal("Lab.Meter", head.TypeId);
        Assert.Equal(7, meter.Reading);
    }

    [Fact]
    public void PeekPlainboxShape()
    {
        var head = SessionSerializer.Peek(Checkpoints.Gzip("""{"version":1,"session":{"jobs":[]}}"""));

        Assert.Equal(1, head.Version);
        Assert.Null(head.TypeId);
        Assert.Empty(head.Metadata);
    }

    [Fact]
    public void PeekStopsBeforeSession()
    {
        // The session value is not valid JSON, but Peek never reaches it; Resume does.
        var json = """{"version":2,"type":"Lab.Meter","metadata":{},"session":{"Reading":}}""";
        var bytes = Checkpoints.Gzip(json);

        var head = SessionSerializer.Peek(bytes);

        Assert.Equal(2, head.Version);
        Assert.Throws<CorruptedSessionException>(() => SessionSerializer.Resume<Meter>(bytes));
    }

    [Fact]
    public void PeekMissingVersion()
    {
        var error = Assert.Throws<CorruptedSessionException>(() =>
            SessionSerializer.Peek(Checkpoints.Gzip("""{"session":{}}"""))
        );

        Assert.Equal("The checkpoint is corrupted: missing version.", error.Message);
    }

    [Fact]
    public void PeekChecksWholeGzip()
    {
        var bytes = SessionSerializer.Suspend(new Meter { Reading = 7, Unit = "kWh" });
        bytes[^1] ^= 0x40;

        Assert.Throws<CorruptedSessionException>(() => SessionSerializer.Peek(bytes));
    }

    [Fact]
    public void TryPeekReturnsError()
    {
        var ok = SessionSerializer.TryPeek([0x1F, 0x8B], out var head, out var error, filePath: "/s/session");

        Assert.False(ok);
        Assert.Null(head);
        Assert.Equal("The checkpoint '/s/session' is corrupted: the gzip stream is truncated.", error!.Message);
    }

    [Fact]
    public void TryPeekReturnsHead()
    {
        var bytes = SessionSerializer.Suspend(new Meter { Reading = 7, Unit = "kWh" });

        var ok = SessionSerializer.TryPeek(bytes, out var head, out var error);

        Assert.True(ok);
        Assert.Null(error);
        Assert.Equal("Lab.Meter", head!.TypeId);
    }
}
