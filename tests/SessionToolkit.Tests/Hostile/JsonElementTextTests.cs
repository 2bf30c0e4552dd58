using System;
using SessionToolkit.Tests.Generated;
using Xunit;

namespace SessionToolkit.Tests.Hostile;

/// <summary>
/// Text that cannot be decoded inside a <see cref="System.Text.Json.JsonElement"/> member is damage found on
/// resume. Kept as it is, the element would make the next checkpoint of the loaded session throw.
/// </summary>
public class JsonElementTextTests
{
    [Theory]
    [InlineData("\"\\uD800\"")]
    [InlineData("[\"ok\",\"\\uDC00x\"]")]
    [InlineData("{\"\\uD800\":1}")]
    public void LoneSurrogateInElementIsCorrupted(string extra)
    {
        var json = RoundTrip
            .Write(new InspectionState())
            .Replace("\"Extra\":null", "\"Extra\":" + extra, StringComparison.Ordinal);
        Assert.Contains("\"Extra\":" + extra, json, StringComparison.Ordinal);

        var error = Record.Exception(() => SessionSerializer.Resume<InspectionState>(RoundTrip.Compress(json)));

        var corrupted = Assert.IsType<CorruptedSessionException>(error);
        Assert.Equal("$.session.Extra", corrupted.JsonPath);
        Assert.Contains("invalid session data", corrupted.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EscapedTextInElementResumes()
    {
        var json = RoundTrip
            .Write(new InspectionState())
            .Replace("\"Extra\":null", "\"Extra\":\"\\u00e9\\uD83D\\uDE00\"", StringComparison.Ordinal);

        var state = SessionSerializer.Resume<InspectionState>(RoundTrip.Compress(json));

        Assert.Equal("é😀", state.Extra.GetString());
        Assert.NotEmpty(SessionSerializer.Suspend(state));
    }
}
