using System;
using System.IO;
using System.Linq;
using SessionToolkit.Tests.Hostile;
using SessionToolkit.Tests.Storage;
using Xunit;

namespace SessionToolkit.Tests.PathSafety;

/// <summary>
/// Scan over a repository of planted entries: entries that are no session folders are not listed, planted
/// entries inside sessions give a status and a reason that names them, and nothing outside the sessions is read,
/// followed or written.
/// </summary>
public sealed class ScanSafetyTests : SentinelTest
{
    [Fact]
    public void HostileRepositoryListedSafely()
    {
        var valid = Session("valid");
        var linkedCheckpoint = Session("linked checkpoint");
        var linkedNext = Session("linked next");
        var linkedLock = Session("linked lock");
        var pipe = Session("pipe");
        File.Delete(linkedCheckpoint.SessionFile);
        File.CreateSymbolicLink(linkedCheckpoint.SessionFile, Outside.CheckpointPath);
        Planted.Create(Path.Combine(linkedNext.Location, "session.next"), PlantedKind.LinkToFile, Outside);
        Planted.Create(Path.Combine(linkedLock.Location, "session.lock"), PlantedKind.LinkToFile, Outside);
        Planted.Create(pipe.SessionFile, PlantedKind.Fifo, Outside);
        PlantNonSessions();

        var entries = new SessionStorageRepository(Temp.Repository).Scan<InspectionState>();

        var byId = entries.ToDictionary(entry => entry.Storage.Id);
        string[] expected = [valid.Id, linkedCheckpoint.Id, linkedNext.Id, linkedLock.Id, pipe.Id];
        Assert.Equal(expected.Order(), byId.Keys.Order());
        Assert.Equal(SessionStatus.Resumable, byId[valid.Id].Status);
        Assert.Equal(SessionStatus.Corrupted, byId[linkedCheckpoint.Id].Status);
        Assert.Contains("is a symbolic link, which is not followed", byId[linkedCheckpoint.Id].Reason);
        Assert.Equal(SessionStatus.Locked, byId[linkedNext.Id].Status);
        Assert.Equal(SessionStatus.Corrupted, byId[linkedLock.Id].Status);
        Assert.Contains("session.lock' is a symbolic link", byId[linkedLock.Id].Reason);
        Assert.Equal(SessionStatus.Corrupted, byId[pipe.Id].Status);
        Assert.Contains("is not a regular file", byId[pipe.Id].Reason);
        Outside.AssertUntouched();
    }

    /// <summary>
    /// Puts entries beside the sessions that look like sessions but are not session folders: links to the
    /// sentinel folder (which contains a valid checkpoint), a file, a hidden folder, and a legacy link out.
    /// </summary>
    private void PlantNonSessions()
    {
        string At(string name) => Path.Combine(Temp.Repository, name);

        Directory.CreateSymbolicLink(At("20990101T000000000Z-AAAAAAAAAAAAAAAA.session"), Outside.Folder);
        Directory.CreateSymbolicLink(At("up.session"), "..");
        File.WriteAllBytes(At("file.session"), File.ReadAllBytes(Outside.CheckpointPath));
        Directory.CreateDirectory(At(".hidden.session"));
        Directory.CreateSymbolicLink(At(SessionStorage.LegacyLinkName), Outside.Folder);
    }

    private SessionStorage Session(string title)
    {
        using var manager = SessionManager<InspectionState>.CreateWithState(
            new InspectionState { Title = title },
            new SessionStorageRepository(Temp.Repository)
        );
        manager.Checkpoint();
        return new SessionStorage(manager.Storage.Location);
    }
}
