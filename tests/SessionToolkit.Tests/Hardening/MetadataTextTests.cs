using System.Text;
using SessionToolkit.Tests.Serialization;
using SessionToolkit.Tests.Storage;
using Xunit;

namespace SessionToolkit.Tests.Hardening;

/// <summary>
/// Metadata strings that cannot be decoded would pass Peek and Scan and throw later, from GetString in the
/// caller's listing code.
/// </summary>
public sealed class MetadataTextTests : System.IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void InvalidUtf8IsCorrupted()
    {
        var data = Checkpoints.Gzip(WithTitle([0xFF]));

        var error = Assert.Throws<CorruptedSessionException>(() => SessionSerializer.Peek(data));

        Assert.Equal("$.metadata", error.JsonPath);
    }

    [Fact]
    public void LoneSurrogateIsCorrupted()
    {
        var data = Checkpoints.Gzip(WithTitle(Encoding.UTF8.GetBytes("\\ud800")));

        var error = Assert.Throws<CorruptedSessionException>(() => SessionSerializer.Peek(data));

        Assert.Equal("$.metadata", error.JsonPath);
    }

    [Fact]
    public void NestedInvalidUtf8IsCorrupted()
    {
        var data = Checkpoints.Gzip(
            Json("{\"version\":2,\"metadata\":{\"Tags\":[{\"k\":\"x\"},{\"k\":\"", [0xC3], "\"}]},\"session\":{}}")
        );

        var error = Assert.Throws<CorruptedSessionException>(() => SessionSerializer.Peek(data));

        Assert.Equal("$.metadata", error.JsonPath);
    }

    [Fact]
    public void ScanReportsInvalidUtf8Corrupted()
    {
        var storage = SessionStorage.Create(_temp.Repository);
        storage.SaveCheckpoint(Checkpoints.Gzip(WithTitle([0xFF])));

        var entry = Assert.Single(new SessionStorageRepository(_temp.Repository).Scan());

        Assert.Equal(SessionStatus.Corrupted, entry.Status);
    }

    [Fact]
    public void ResumeRejectsInvalidUtf8Metadata()
    {
        var data = Checkpoints.Gzip(WithTitle([0xFF]));

        var error = Assert.Throws<CorruptedSessionException>(() =>
            SessionSerializer.Resume<SessionToolkit.Tests.Sessions.JobState>(data)
        );

        Assert.Equal("$.metadata", error.JsonPath);
    }

    private static byte[] WithTitle(byte[] title) =>
        Json("{\"version\":2,\"metadata\":{\"Title\":\"", title, "\"},\"session\":{}}");

    // Builds JSON text around raw bytes that no C# string can hold.
    private static byte[] Json(string head, byte[] raw, string tail) =>
        [.. Encoding.UTF8.GetBytes(head), .. raw, .. Encoding.UTF8.GetBytes(tail)];
}
