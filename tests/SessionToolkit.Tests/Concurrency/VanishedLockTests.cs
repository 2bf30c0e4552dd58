using System;
using System.IO;
using SessionToolkit.Tests.Sessions;
using SessionToolkit.Tests.Storage;
using Xunit;

namespace SessionToolkit.Tests.Concurrency;

/// <summary>
/// A process opens <c>session.lock</c> and then locks it. When another process quarantines or removes the session
/// in between, the lock it then gets is on a file that is no longer at the session's path: it must not go on as if
/// it held the session. The hook between the open and the lock makes that moment happen every time.
/// </summary>
public sealed class VanishedLockTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void QuarantinedWhileLockingIsNotLoaded()
    {
        var location = SavedSession();
        var loader = new SessionStorage(location) { LockFileOpened = () => Quarantine(location) };

        var error = Assert.Throws<DirectoryNotFoundException>(() => SessionManager<OtherState>.LoadSession(loader));

        Assert.Equal(
            $"The session folder '{location}' was moved or removed while its lock was being taken, so the session "
                + "is no longer there.",
            error.Message
        );
        Assert.False(Path.Exists(location));
        var moved = Path.Combine(_temp.Repository, SessionStorage.QuarantineFolderName, Path.GetFileName(location));
        Assert.Equal(7, SessionSerializer.Resume<OtherState>(File.ReadAllBytes(Path.Combine(moved, "session"))).Value);
    }

    [Fact]
    public void RemovedWhileLockingIsNotLoaded()
    {
        var location = SavedSession();
        var loader = new SessionStorage(location) { LockFileOpened = () => new SessionStorage(location).Remove() };

        Assert.Throws<DirectoryNotFoundException>(() => SessionManager<OtherState>.LoadSession(loader));

        Assert.False(Path.Exists(location));
    }

    [Fact]
    public void ReplacedLockFileIsLockedAgain()
    {
        var location = SavedSession();
        var lockFile = Path.Combine(location, SessionStorage.LockFileName);
        var replaced = false;
        var loader = new SessionStorage(location)
        {
            LockFileOpened = () =>
            {
                // Only the first open: the retry must find the new file and lock it.
                if (!replaced)
                {
                    replaced = true;
                    File.Delete(lockFile);
                    File.WriteAllText(lockFile, "");
                }
            },
        };

        using (var manager = SessionManager<OtherState>.LoadSession(loader))
        {
            // A second opener meets the lock on the file now at the path, and that file names this process.
            Assert.Equal(7, manager.State.Value);
            var error = Assert.Throws<SessionInUseException>(() => new SessionStorage(location).AcquireLock());
            Assert.Equal(Environment.ProcessId, error.HolderProcessId);
        }

        Assert.True(replaced);
    }

    private string SavedSession()
    {
        var repository = new SessionStorageRepository(_temp.Repository);
        using var manager = SessionManager<OtherState>.CreateWithState(new OtherState { Value = 7 }, repository);
        manager.Checkpoint();
        return manager.Storage.Location;
    }

    private static void Quarantine(string location) => new SessionStorage(location).Quarantine("damaged");
}
