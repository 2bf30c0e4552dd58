using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SessionToolkit.Tests.Storage;
using Xunit;

namespace SessionToolkit.Tests.Sessions;

// The state classes and calls of the README's first example, so that the example keeps compiling and working.
[SessionState(Version = 1, Directories = typeof(RunDirectories))]
public partial class RunState
{
    [SessionMetadata]
    public string Title { get; set; } = "nightly";

    [SessionMetadata]
    public string? RunningJob { get; set; }

    public List<string> Done { get; set; } = [];
}

[WellKnownDirectories]
public partial class RunDirectories
{
    [WellKnownDirectory("io-logs")]
    public partial string IoLogs { get; }
}

public sealed class ReadmeExampleTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void CheckpointThenResume()
    {
        var repository = new SessionStorageRepository(_temp.Repository);
        string[] jobs = ["job-1", "job-2"];
        using (var manager = SessionManager<RunState>.CreateWithState(new RunState(), repository))
        {
            foreach (var job in jobs)
            {
                manager.State.RunningJob = job;
                manager.Checkpoint();
                File.WriteAllText(Path.Combine(new RunDirectories(manager.Storage).IoLogs, job), "output");
                manager.State.Done.Add(job);
                manager.State.RunningJob = null;
                manager.Checkpoint();
            }

            // A crash in the middle of a third job: the checkpoint says which job was running.
            manager.State.RunningJob = "job-3";
            manager.Checkpoint();
        }

        var entry = repository.Scan<RunState>().First(e => e.Status == SessionStatus.Resumable);
        using var resumed = SessionManager<RunState>.LoadSession(entry.Storage);

        Assert.Equal(["job-1", "job-2"], resumed.State.Done);
        Assert.Equal("job-3", resumed.State.RunningJob);
        Assert.Equal("job-3", entry.Metadata["RunningJob"].GetString());
        Assert.True(File.Exists(Path.Combine(new RunDirectories(resumed.Storage).IoLogs, "job-2")));
    }

    [Fact]
    public void FinishedRunRemovedBeforeDispose()
    {
        var repository = new SessionStorageRepository(_temp.Repository);
        string location;
        using (var manager = SessionManager<RunState>.CreateWithState(new RunState(), repository))
        {
            manager.State.Done.Add("job-1");
            manager.Checkpoint();
            location = manager.Storage.Location;

            manager.Storage.Remove();
        }

        Assert.False(Directory.Exists(location));
        Assert.Empty(repository.Scan<RunState>());
    }
}
