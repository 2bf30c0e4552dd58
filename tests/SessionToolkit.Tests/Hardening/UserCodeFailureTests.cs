using System;
using System.Text.Json;
using SessionToolkit.Tests.Generated;
using Xunit;

namespace SessionToolkit.Tests.Hardening;

[SessionState(Version = 1)]
public partial class GuardedState
{
    private int _count;

    public int Count
    {
        get => _count;
        set => _count = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "negative");
    }

    [SessionConverter(typeof(FailingConverter))]
    public string? Tag { get; set; }
}

/// <summary>Fails on one stored value, as a converter with its own validation would.</summary>
public sealed class FailingConverter : ISessionConverter<string?>
{
    public void Write(Utf8JsonWriter writer, string? value) => writer.WriteStringValue(value);

    public string? Read(ref Utf8JsonReader reader) =>
        reader.GetString() is "bad" ? throw new NotSupportedException("tag 'bad' is retired") : reader.GetString();
}

public class UserCodeFailureTests
{
    [Fact]
    public void ThrowingSetterIsCorrupted()
    {
        var error = Assert.Throws<CorruptedSessionException>(() =>
            RoundTrip.ReadSession<GuardedState>("{\"Count\":-1}")
        );

        // Setters run once every member is read, so the path is the object's, not the member's.
        Assert.Equal("$.session", error.JsonPath);
        Assert.IsType<ArgumentOutOfRangeException>(error.InnerException);
        Assert.Contains("ArgumentOutOfRangeException", error.Message);
    }

    [Fact]
    public void ThrowingConverterIsCorrupted()
    {
        var error = Assert.Throws<CorruptedSessionException>(() =>
            RoundTrip.ReadSession<GuardedState>("{\"Tag\":\"bad\"}")
        );

        Assert.Equal("$.session.Tag", error.JsonPath);
        Assert.IsType<NotSupportedException>(error.InnerException);
    }

    [Fact]
    public void AcceptedValuesResume()
    {
        var state = RoundTrip.ReadSession<GuardedState>("{\"Count\":3,\"Tag\":\"ok\"}");

        Assert.Equal(3, state.Count);
        Assert.Equal("ok", state.Tag);
    }
}
