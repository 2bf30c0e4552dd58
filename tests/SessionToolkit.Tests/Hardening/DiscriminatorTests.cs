using SessionToolkit.Tests.Generated;
using SessionToolkit.Tests.Serialization;
using Xunit;

namespace SessionToolkit.Tests.Hardening;

/// <summary>A second <c>"$type"</c> would pick one of two derived types without notice.</summary>
public class DiscriminatorTests
{
    [Fact]
    public void RepeatedTypeIsCorrupted()
    {
        var data = Checkpoints.Gzip(
            """{"version":1,"session":{"Main":{"$type":"circle","$type":"square","Radius":1}}}"""
        );

        var error = Assert.Throws<CorruptedSessionException>(() => SessionSerializer.Resume<Drawing>(data));

        Assert.Equal("The object has a duplicate member '$type' at $.session.Main.$type.", error.Message);
        Assert.Equal("$.session.Main.$type", error.JsonPath);
    }

    [Fact]
    public void RepeatedEqualTypeIsCorrupted()
    {
        var data = Checkpoints.Gzip("""{"version":1,"session":{"Plain":{"$type":"loud","Volume":3,"$type":"loud"}}}""");

        var error = Assert.Throws<CorruptedSessionException>(() => SessionSerializer.Resume<Drawing>(data));

        Assert.Equal("$.session.Plain.$type", error.JsonPath);
    }

    [Fact]
    public void LastTypeIsStillFound()
    {
        var data = Checkpoints.Gzip("""{"version":1,"session":{"Main":{"Radius":2,"$type":"circle"}}}""");

        var drawing = SessionSerializer.Resume<Drawing>(data);

        var circle = Assert.IsType<Circle>(drawing.Main);
        Assert.Equal(2, circle.Radius);
    }
}
