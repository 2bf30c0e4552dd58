using System;
using System.IO;
using System.Text;
using SessionToolkit.Tests.Generated;
using SessionToolkit.Tests.Storage;
using Xunit;

namespace SessionToolkit.Tests.Hostile;

/// <summary>
/// Scan reads the whole JSON for syntax and envelope members, where Peek stops at the session: damage after the
/// head makes a session Corrupted in the listing, as it makes Resume fail. A wrong value inside the session is
/// found only by Resume.
/// </summary>
public sealed class ScanWholeDocumentTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(",\"version\":2}", "the member 'version' appears more than once")]
    [InlineData(",\"session\":{}}", "the member 'session' appears more than once")]
    [InlineData(",\"metadata\":{}}", "the member 'metadata' appears more than once")]
    [InlineData(",\"type\":\"x\"}", "the member 'type' appears more than once")]
    [InlineData(",}", "invalid JSON")]
    [InlineData("}{}", "invalid JSON")]
    [InlineData(",\"extra\":[1,2}", "invalid JSON")]
    public void DamageAfterSessionIsCorrupted(string ending, string reason)
    {
        var storage = Planted(Envelope(ending));

        var entry = Assert.Single(new SessionStorageRepository(_temp.Repository).Scan());
        var resume = Assert.Throws<CorruptedSessionException>(() =>
            SessionSerializer.Resume<InspectionState>(
                File.ReadAllBytes(storage.SessionFile),
                filePath: storage.SessionFile
            )
        );

        Assert.Equal(SessionStatus.Corrupted, entry.Status);
        Assert.Contains(reason, entry.Reason, StringComparison.Ordinal);
        Assert.Equal(resume.Message, entry.Reason);
    }

    [Fact]
    public void PeekStopsAtSession()
    {
        var data = RoundTrip.Compress(Envelope(",\"version\":2}"));

        var peek = SessionSerializer.Peek(data);

        Assert.Equal(2, peek.Version);
        Assert.Equal("hall", peek.Metadata["Title"].GetString());
    }

    [Fact]
    public void DamageInsideSessionIsCorrupted()
    {
        // Nesting past MaxDepth inside a member the state does not know is still checked.
        var deep = new string('[', 70) + new string(']', 70);
        var storage = Planted(Envelope("}").Replace("\"Bytes\":0", "\"unknown\":" + deep, StringComparison.Ordinal));

        var entry = Assert.Single(new SessionStorageRepository(_temp.Repository).Scan());

        Assert.Equal(SessionStatus.Corrupted, entry.Status);
        Assert.Contains("invalid JSON", entry.Reason, StringComparison.Ordinal);
        Assert.Contains(storage.SessionFile, entry.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongValueTypeStaysResumable()
    {
        // The listing does not materialise the state, so a value of the wrong type is found only on resume.
        var storage = Planted(Envelope("}").Replace("\"Bytes\":0", "\"Bytes\":\"many\"", StringComparison.Ordinal));

        var entry = Assert.Single(new SessionStorageRepository(_temp.Repository).Scan<InspectionState>());
        var resume = Record.Exception(() => SessionManager<InspectionState>.LoadSession(storage));

        Assert.Equal(SessionStatus.Resumable, entry.Status);
        var corrupted = Assert.IsType<CorruptedSessionException>(resume);
        Assert.Equal("$.session.Bytes", corrupted.JsonPath);
    }

    [Fact]
    public void MissingSessionBeatsOtherType()
    {
        // Without its session the checkpoint is damaged whatever its head says, and Resume and Scan say so alike.
        var storage = Planted("{\"version\":1,\"type\":\"Other.State\",\"metadata\":{}}");

        var entry = Assert.Single(new SessionStorageRepository(_temp.Repository).Scan<InspectionState>());
        var resume = Assert.Throws<CorruptedSessionException>(() =>
            SessionManager<InspectionState>.LoadSession(storage)
        );

        Assert.Equal(SessionStatus.Corrupted, entry.Status);
        Assert.Equal($"The checkpoint '{storage.SessionFile}' is corrupted: missing session.", resume.Message);
        Assert.Equal(resume.Message, entry.Reason);
    }

    /// <summary>
    /// The envelope Suspend writes for a small state, with its closing brace replaced by
    /// <paramref name="ending"/>.
    /// </summary>
    private static string Envelope(string ending)
    {
        var json = RoundTrip.Write(new InspectionState { Title = "hall" });
        Assert.EndsWith("}", json, StringComparison.Ordinal);
        Assert.Contains("\"Bytes\":0", json, StringComparison.Ordinal);
        return json[..^1] + ending;
    }

    private SessionStorage Planted(string json)
    {
        var storage = SessionStorage.Create(_temp.Repository);
        File.WriteAllBytes(storage.SessionFile, RoundTrip.Compress(json));
        return storage;
    }
}
