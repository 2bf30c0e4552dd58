using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Xunit;

namespace SessionToolkit.Tests.Storage;

public class SaveProtocolTests
{
    private const int EIO = 5;
    private const int ENOSPC = 28;

    [Fact]
    public void Case017FirstSaveStepOrder()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        var injector = new SaveFaultInjector();
        storage.FaultInjector = injector;

        storage.SaveCheckpoint(RandomNumberGenerator.GetBytes(200_000));

        SaveStep[] expected =
        [
            SaveStep.Create,
            SaveStep.Write,
            SaveStep.FileSync,
            SaveStep.Close,
            SaveStep.Rename,
            SaveStep.DirectorySync,
            SaveStep.RepositorySync,
        ];
        Assert.Equal(expected, injector.Steps.ToArray());
    }

    [Fact]
    public void Case017LaterSaveStepOrder()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        storage.SaveCheckpoint([1]);
        var injector = new SaveFaultInjector();
        storage.FaultInjector = injector;

        storage.SaveCheckpoint(RandomNumberGenerator.GetBytes(200_000));

        SaveStep[] expected =
        [
            SaveStep.Create,
            SaveStep.Write,
            SaveStep.FileSync,
            SaveStep.Close,
            SaveStep.KeepPrevious,
            SaveStep.Rename,
            SaveStep.DirectorySync,
        ];
        Assert.Equal(expected, injector.Steps.ToArray());
    }

    // session.prev after the failed save: "older" is the checkpoint before the earlier one, "earlier" the one in
    // session, "none" no file. A failed save may leave no session.prev, but never one that is not a whole checkpoint.
    [Theory]
    [InlineData(nameof(SaveStep.Create), EIO, "older")]
    [InlineData(nameof(SaveStep.Write), ENOSPC, "older")]
    [InlineData(nameof(SaveStep.FileSync), EIO, "older")]
    [InlineData(nameof(SaveStep.FileSync), ENOSPC, "older")]
    [InlineData(nameof(SaveStep.Close), EIO, "older")]
    [InlineData(nameof(SaveStep.KeepPrevious), EIO, "none")]
    [InlineData(nameof(SaveStep.Rename), EIO, "earlier")]
    [InlineData(nameof(SaveStep.DirectorySync), EIO, "none")]
    public void Case017FailedStepKeepsCheckpoint(string stepName, int errno, string previousAfter)
    {
        var step = Enum.Parse<SaveStep>(stepName);
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        var older = RandomNumberGenerator.GetBytes(3000);
        var earlier = RandomNumberGenerator.GetBytes(5000);
        storage.SaveCheckpoint(older);
        storage.SaveCheckpoint(earlier);
        storage.FaultInjector = new SaveFaultInjector { FailingStep = step, Errno = errno };

        var error = Assert.Throws<IOException>(() => storage.SaveCheckpoint(RandomNumberGenerator.GetBytes(200_000)));

        Assert.Equal(errno, error.HResult);
        Assert.Contains(Marshal.GetPInvokeErrorMessage(errno), error.Message, StringComparison.Ordinal);
        Assert.Contains(storage.Location, error.Message, StringComparison.Ordinal);
        Assert.Equal(earlier, storage.LoadCheckpoint());
        Assert.False(Entry.Exists(Path.Combine(storage.Location, "session.next")));
        byte[] expectedPrevious = previousAfter switch
        {
            "older" => older,
            "earlier" => earlier,
            _ => [],
        };
        Assert.Equal(expectedPrevious, storage.LoadPreviousCheckpoint());
    }

    [Theory]
    [InlineData(nameof(SaveStep.DirectorySync))]
    [InlineData(nameof(SaveStep.RepositorySync))]
    public void Case017FailedFirstSaveLeavesNoCheckpoint(string stepName)
    {
        var step = Enum.Parse<SaveStep>(stepName);
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        storage.FaultInjector = new SaveFaultInjector { FailingStep = step, Errno = EIO };

        var error = Assert.Throws<IOException>(() => storage.SaveCheckpoint([1, 2, 3]));

        Assert.Equal(EIO, error.HResult);
        Assert.False(storage.HasCheckpoint);
        Assert.False(Entry.Exists(Path.Combine(storage.Location, "session.next")));
    }

    [Fact]
    public void DiskFullKeepsErrno()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        storage.FaultInjector = new SaveFaultInjector { FailingStep = SaveStep.Write, Errno = ENOSPC };

        var error = Assert.Throws<IOException>(() => storage.SaveCheckpoint([1, 2, 3]));

        Assert.Equal(ENOSPC, error.HResult);
        Assert.Contains("No space left on device", error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(storage.Location, "session.next"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FailedSaveLogsSessionPath()
    {
        using var temp = new TempFolder();
        var logger = new ListLogger();
        var storage = new SessionStorage(SessionStorage.Create(temp.Repository).Location, logger);
        storage.FaultInjector = new SaveFaultInjector { FailingStep = SaveStep.FileSync, Errno = EIO };

        Assert.Throws<IOException>(() => storage.SaveCheckpoint([1]));

        var entry = Assert.Single(logger.Entries);
        Assert.Contains(storage.Location, entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SaveWorksAfterFailedSave()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        storage.FaultInjector = new SaveFaultInjector { FailingStep = SaveStep.Rename, Errno = EIO };
        Assert.Throws<IOException>(() => storage.SaveCheckpoint([1]));
        storage.FaultInjector = null;

        storage.SaveCheckpoint([2]);

        Assert.Equal([2], storage.LoadCheckpoint());
    }
}
