using System.Text;
using SessionToolkit.Tests.Serialization;
using SessionToolkit.Tests.Sessions;
using Xunit;

namespace SessionToolkit.Tests.Hardening;

/// <summary>
/// An older checkpoint passes through a JsonNode before it is read, and that path must reject undecodable text
/// as the current-version path does instead of reading it with replacement characters.
/// </summary>
public class MigratedTextTests
{
    [Fact]
    public void InvalidUtf8InOldVersionIsCorrupted()
    {
        // JobState is at version 2, so this version 1 checkpoint takes the migration path.
        var data = Checkpoints.Gzip(Encoding.Latin1.GetBytes("{\"version\":1,\"session\":{\"Title\":\"\xff\"}}"));

        var error = Assert.Throws<CorruptedSessionException>(() => SessionSerializer.Resume<JobState>(data));

        Assert.Equal("$.session", error.JsonPath);
    }

    [Fact]
    public void InvalidUtf8InCurrentVersionIsCorrupted()
    {
        var data = Checkpoints.Gzip(Encoding.Latin1.GetBytes("{\"version\":2,\"session\":{\"Title\":\"\xff\"}}"));

        var error = Assert.Throws<CorruptedSessionException>(() => SessionSerializer.Resume<JobState>(data));

        Assert.Equal("$.session.Title", error.JsonPath);
    }

    [Fact]
    public void ValidTextInOldVersionReads()
    {
        var data = Checkpoints.Gzip("""{"version":1,"session":{"Title":"café","Done":["ü"]}}""");

        var state = SessionSerializer.Resume<JobState>(data);

        Assert.Equal("café", state.Title);
        Assert.Equal(["ü"], state.Done);
    }
}
