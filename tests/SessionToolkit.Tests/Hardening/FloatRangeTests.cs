using SessionToolkit.Tests.Generated;
using SessionToolkit.Tests.Serialization;
using Xunit;

namespace SessionToolkit.Tests.Hardening;

/// <summary>
/// Suspend writes infinities as strings, so a number token beyond a floating type's range is damage; parsing
/// alone would turn it into an infinity without notice.
/// </summary>
public class FloatRangeTests
{
    [Theory]
    [InlineData("Small", "70000", "The number 70000 is not a valid Half at $.session.Small.")]
    [InlineData("F32", "1e39", "The number 1e39 is not a valid Single at $.session.F32.")]
    [InlineData("F64", "-1e400", "The number -1e400 is not a valid Double at $.session.F64.")]
    public void OutOfRangeNumberIsCorrupted(string member, string number, string message)
    {
        var data = Checkpoints.Gzip("{\"version\":1,\"session\":{\"" + member + "\":" + number + "}}");

        var error = Assert.Throws<CorruptedSessionException>(() => SessionSerializer.Resume<AllTypes>(data));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void InfinityStringStillReads()
    {
        var data = Checkpoints.Gzip("""{"version":1,"session":{"Small":"Infinity","F32":"-Infinity","F64":"NaN"}}""");

        var state = SessionSerializer.Resume<AllTypes>(data);

        Assert.Equal(System.Half.PositiveInfinity, state.Small);
        Assert.Equal(float.NegativeInfinity, state.F32);
        Assert.True(double.IsNaN(state.F64));
    }

    [Fact]
    public void HalfMaxValueStillReads()
    {
        var data = Checkpoints.Gzip("""{"version":1,"session":{"Small":65504}}""");

        var state = SessionSerializer.Resume<AllTypes>(data);

        Assert.Equal(System.Half.MaxValue, state.Small);
    }
}
