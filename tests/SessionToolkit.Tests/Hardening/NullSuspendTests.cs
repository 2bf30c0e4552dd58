#nullable enable
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using SessionToolkit.Tests.Storage;
using Xunit;

namespace SessionToolkit.Tests.Hardening;

/// <summary>A state with a non-nullable member of every reference kind, each with a non-null default.</summary>
[SessionState(Version = 1)]
public partial class NonNullableState
{
    public string Text { get; set; } = "";

    public byte[] Bytes { get; set; } = [];

    public Uri Link { get; set; } = new("https://example.com/");

    public List<string> Items { get; set; } = [];

    public string[] Names { get; set; } = [];

    public Dictionary<string, string> Labels { get; set; } = [];

    public Dictionary<int, Uri> Links { get; set; } = [];

    public ImmutableList<string> Frozen { get; set; } = [];

    public NonNullableChild Child { get; set; } = new();

    public List<NonNullableChild> Children { get; set; } = [];

    public string? Optional { get; set; }

    public List<string?> OptionalItems { get; set; } = [];
}

/// <summary>A nested data type with a non-nullable string.</summary>
[SessionData]
public partial class NonNullableChild
{
    public string Name { get; set; } = "";
}

/// <summary>
/// Resume rejects null for a reference type declared non-nullable, so suspend must reject it too: a checkpoint
/// that holds such a null could be written but never resumed, and the session's next load would fail.
/// </summary>
public sealed class NullSuspendTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, Action<NonNullableState>> NullValues() =>
        new()
        {
            { "$.session.Text", s => s.Text = null! },
            { "$.session.Bytes", s => s.Bytes = null! },
            { "$.session.Link", s => s.Link = null! },
            { "$.session.Items", s => s.Items = null! },
            { "$.session.Items[1]", s => s.Items = ["a", null!] },
            { "$.session.Names", s => s.Names = null! },
            { "$.session.Names[0]", s => s.Names = [null!] },
            { "$.session.Labels", s => s.Labels = null! },
            { "$.session.Labels['job-1']", s => s.Labels = new() { ["job-1"] = null! } },
            { "$.session.Links['7']", s => s.Links = new() { [7] = null! } },
            { "$.session.Frozen", s => s.Frozen = null! },
            { "$.session.Frozen[0]", s => s.Frozen = [null!] },
            { "$.session.Child", s => s.Child = null! },
            { "$.session.Child.Name", s => s.Child = new() { Name = null! } },
            { "$.session.Children[0]", s => s.Children = [null!] },
            { "$.session.Children[1].Name", s => s.Children = [new(), new() { Name = null! }] },
        };

    [Theory]
    [MemberData(nameof(NullValues))]
    public void SuspendRejectsNullAtPath(string path, Action<NonNullableState> setNull)
    {
        var state = new NonNullableState();
        setNull(state);

        var error = Assert.Throws<SessionSuspendException>(() => SessionSerializer.Suspend(state));

        Assert.Equal(path, error.JsonPath);
        Assert.Equal(
            $"The state cannot be written: {path} is null, but its type is not nullable, and a checkpoint with that "
                + "null could not be resumed, so none was written. Set a value, or declare the type nullable (such as "
                + "'string?').",
            error.Message
        );
    }

    [Fact]
    public void NullableMembersTakeNull()
    {
        var state = new NonNullableState { Optional = null, OptionalItems = [null, "b"] };

        var resumed = SessionSerializer.Resume<NonNullableState>(SessionSerializer.Suspend(state));

        Assert.Null(resumed.Optional);
        Assert.Equal([null, "b"], resumed.OptionalItems);
    }

    [Fact]
    public void CheckpointKeepsPreviousOnNull()
    {
        var repository = new SessionStorageRepository(_temp.Repository);
        using var manager = SessionManager<NonNullableState>.CreateWithState(new NonNullableState(), repository);
        manager.State.Text = "saved";
        manager.Checkpoint();
        var saved = manager.Storage.LoadCheckpoint();
        manager.State.Text = null!;

        Assert.Throws<SessionSuspendException>(manager.Checkpoint);

        Assert.Equal(saved, manager.Storage.LoadCheckpoint());
        Assert.False(File.Exists(Path.Combine(manager.Storage.Location, SessionStorage.NextCheckpointFileName)));
        manager.Dispose();
        var entry = Assert.Single(repository.Scan<NonNullableState>());
        Assert.Equal(SessionStatus.Resumable, entry.Status);
    }
}
