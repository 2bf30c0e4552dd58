using System;
using SessionToolkit.Tests.Serialization.States;
using Xunit;

namespace SessionToolkit.Tests.Serialization;

/// <summary>
/// Writer and reader agree on depth. A chain of D steps nests D objects under the envelope, so its deepest object
/// is at depth D + 1 and the default MaxDepth of 64 admits 63 steps.
/// </summary>
public class DepthTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(62)]
    [InlineData(63)]
    public void DefaultDepthRoundTrips(int length)
    {
        var bytes = SessionSerializer.Suspend(LinkedStep.Chain(length));

        var copy = SessionSerializer.Resume<LinkedStep>(bytes);

        Assert.Equal(length, copy.Length());
    }

    [Theory]
    [InlineData(64)]
    [InlineData(65)]
    public void DefaultDepthRejectsDeeper(int length)
    {
        var error = Assert.Throws<SessionSuspendException>(() => SessionSerializer.Suspend(LinkedStep.Chain(length)));

        Assert.Contains("cycle or depth limit", error.Message);
        Assert.Equal("$.session", error.JsonPath);
    }

    [Fact]
    public void MaxLimitRoundTrips()
    {
        var options = new SessionSerializerOptions { MaxDepth = SessionSerializerOptions.MaxDepthLimit };
        var bytes = SessionSerializer.Suspend(LinkedStep.Chain(999), options);

        var copy = SessionSerializer.Resume<LinkedStep>(bytes, options);

        Assert.Equal(999, copy.Length());
    }

    [Fact]
    public void MaxLimitRejectsDeeper()
    {
        var options = new SessionSerializerOptions { MaxDepth = SessionSerializerOptions.MaxDepthLimit };

        Assert.Throws<SessionSuspendException>(() => SessionSerializer.Suspend(LinkedStep.Chain(1000), options));
    }

    [Fact]
    public void MaxDepthAboveLimitRejected()
    {
        var options = new SessionSerializerOptions { MaxDepth = SessionSerializerOptions.MaxDepthLimit + 1 };

        Assert.Throws<ArgumentOutOfRangeException>(() => SessionSerializer.Suspend(LinkedStep.Chain(1), options));
    }

    [Fact]
    public void ConfiguredDepthAgrees()
    {
        var options = new SessionSerializerOptions { MaxDepth = 10 };
        var bytes = SessionSerializer.Suspend(LinkedStep.Chain(9), options);

        var copy = SessionSerializer.Resume<LinkedStep>(bytes, options);

        Assert.Equal(9, copy.Length());
        Assert.Throws<SessionSuspendException>(() => SessionSerializer.Suspend(LinkedStep.Chain(10), options));
    }

    [Fact]
    public void ReaderRejectsDeeperThanWriterAllows()
    {
        var deep = SessionSerializer.Suspend(LinkedStep.Chain(64), new SessionSerializerOptions { MaxDepth = 100 });

        var error = Assert.Throws<CorruptedSessionException>(() => SessionSerializer.Resume<LinkedStep>(deep));

        Assert.Equal("$.session", error.JsonPath);
    }

    [Fact]
    public void CycleIsSuspendError()
    {
        var step = new LinkedStep { N = 1 };
        step.Next = step;

        var error = Assert.Throws<SessionSuspendException>(() => SessionSerializer.Suspend(step));

        Assert.Contains("cycle or depth limit", error.Message);
    }
}
