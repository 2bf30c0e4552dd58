using System;
using System.IO;
using SessionToolkit.Tests.Sessions;
using SessionToolkit.Tests.Storage;
using Xunit;

namespace SessionToolkit.Tests.Hardening;

/// <summary>A state whose getter can be made to throw while a checkpoint is written.</summary>
[SessionState(Version = 1)]
public partial class FragileState
{
    private string _label = "first";

    [Transient]
    public bool Broken { get; set; }

    public string Label
    {
        get => Broken ? throw new InvalidOperationException("The label is not ready.") : _label;
        set => _label = value;
    }
}

/// <summary>Failures in user code around the manager must leave the lock released and the checkpoint intact.</summary>
public sealed class ManagerFailureTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private SessionStorageRepository Repository => new(_temp.Repository);

    [Fact]
    public void ThrowingGetterKeepsCheckpoint()
    {
        using var manager = SessionManager<FragileState>.CreateWithState(new FragileState(), Repository);
        manager.Checkpoint();
        var saved = manager.Storage.LoadCheckpoint();
        manager.State.Label = "second";
        manager.State.Broken = true;

        var error = Assert.Throws<InvalidOperationException>(manager.Checkpoint);

        Assert.Equal("The label is not ready.", error.Message);
        Assert.Equal(saved, manager.Storage.LoadCheckpoint());
        Assert.False(File.Exists(Path.Combine(manager.Storage.Location, SessionStorage.NextCheckpointFileName)));
    }

    [Fact]
    public void ThrowingCallbackReleasesLock()
    {
        var location = SavedJobSession();

        Assert.Throws<InvalidOperationException>(() =>
            SessionManager<JobState>.LoadSession(new SessionStorage(location), _ =>
                throw new InvalidOperationException("callback failed")
            )
        );

        using var again = SessionManager<JobState>.LoadSession(new SessionStorage(location));
        Assert.Equal("nightly", again.State.Title);
    }

    [Fact]
    public void IncompatibleLoadReleasesLock()
    {
        var location = SavedJobSession();

        Assert.Throws<IncompatibleSessionException>(() =>
            SessionManager<OtherState>.LoadSession(new SessionStorage(location))
        );

        using var again = SessionManager<JobState>.LoadSession(new SessionStorage(location));
        Assert.Equal("nightly", again.State.Title);
    }

    [Fact]
    public void SecondDestroyThrowsDisposed()
    {
        var manager = SessionManager<JobState>.CreateWithState(new JobState(), Repository);
        manager.Destroy();

        Assert.Throws<ObjectDisposedException>(manager.Destroy);
        Assert.False(Directory.Exists(manager.Storage.Location));
    }

    private string SavedJobSession()
    {
        using var manager = SessionManager<JobState>.CreateWithState(new JobState { Title = "nightly" }, Repository);
        manager.Checkpoint();
        return manager.Storage.Location;
    }
}
