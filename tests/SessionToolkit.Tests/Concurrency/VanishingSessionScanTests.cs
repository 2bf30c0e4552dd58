using System;
using System.IO;
using System.Linq;
using SessionToolkit.Tests.Sessions;
using SessionToolkit.Tests.Storage;
using Xunit;

namespace SessionToolkit.Tests.Concurrency;

/// <summary>
/// Scan lists the session folders first and reads them one by one. A session that another process quarantines or
/// removes in between is gone, so it must not be listed, least of all as an empty session to resume. The hook
/// before each session is read makes that moment happen every time.
/// </summary>
public sealed class VanishingSessionScanTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("quarantined")]
    [InlineData("removed")]
    [InlineData("renamed")]
    public void VanishedSessionIsNotListed(string change)
    {
        var remaining = SavedSession(1);
        var vanishing = SavedSession(2);
        var repository = new SessionStorageRepository(_temp.Repository)
        {
            SessionListed = storage =>
            {
                if (storage.Location == vanishing)
                {
                    Vanish(vanishing, change);
                }
            },
        };

        var entries = repository.Scan<OtherState>();

        var entry = Assert.Single(entries);
        Assert.Equal(remaining, entry.Storage.Location);
        Assert.Equal(SessionStatus.Resumable, entry.Status);
    }

    private void Vanish(string location, string change)
    {
        switch (change)
        {
            case "quarantined":
                new SessionStorage(location).Quarantine("damaged");
                break;
            case "removed":
                new SessionStorage(location).Remove();
                break;
            default:
                Directory.Move(location, _temp.Combine("elsewhere"));
                break;
        }
    }

    private string SavedSession(int value)
    {
        var repository = new SessionStorageRepository(_temp.Repository);
        using var manager = SessionManager<OtherState>.CreateWithState(new OtherState { Value = value }, repository);
        manager.Checkpoint();
        return manager.Storage.Location;
    }
}
