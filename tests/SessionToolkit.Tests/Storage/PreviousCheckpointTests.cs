using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Xunit;

namespace SessionToolkit.Tests.Storage;

/// <summary>The fallback generation: each save keeps the checkpoint it replaces as <c>session.prev</c>.</summary>
public sealed class PreviousCheckpointTests : IDisposable
{
    private const int EIO = 5;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string PreviousFile(SessionStorage storage) => Path.Combine(storage.Location, "session.prev");

    [Fact]
    public void FirstSaveHasNoPrevious()
    {
        var storage = SessionStorage.Create(_temp.Repository);

        storage.SaveCheckpoint([1]);

        Assert.Empty(storage.LoadPreviousCheckpoint());
        Assert.False(Entry.Exists(PreviousFile(storage)));
    }

    [Fact]
    public void ThirdSaveReplacesPrevious()
    {
        var storage = SessionStorage.Create(_temp.Repository);

        storage.SaveCheckpoint([1]);
        storage.SaveCheckpoint([2, 2]);
        storage.SaveCheckpoint([3, 3, 3]);

        Assert.Equal([3, 3, 3], storage.LoadCheckpoint());
        Assert.Equal([2, 2], storage.LoadPreviousCheckpoint());
        Assert.Equal(PreviousFile(storage), storage.PreviousSessionFile);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, Entry.Mode(PreviousFile(storage)));
    }

    [Fact]
    public void PreviousIsSeparateFile()
    {
        var storage = SessionStorage.Create(_temp.Repository);
        storage.SaveCheckpoint([1, 1]);
        storage.SaveCheckpoint([2, 2]);

        // Damage that overwrites session in place must not reach the fallback.
        File.WriteAllBytes(storage.SessionFile, [9, 9]);

        Assert.Equal([1, 1], storage.LoadPreviousCheckpoint());
    }

    [Fact]
    public void BreakLockKeepsPrevious()
    {
        var storage = SessionStorage.Create(_temp.Repository);
        storage.SaveCheckpoint([1]);
        storage.SaveCheckpoint([2]);
        File.WriteAllText(Path.Combine(storage.Location, "session.next"), "torn");

        using (storage.AcquireLock())
        {
            storage.BreakLock();
        }

        Assert.False(Entry.Exists(Path.Combine(storage.Location, "session.next")));
        Assert.Equal([2], storage.LoadCheckpoint());
        Assert.Equal([1], storage.LoadPreviousCheckpoint());
    }

    [Fact]
    public void DamagedSessionIsNotKept()
    {
        var storage = SessionStorage.Create(_temp.Repository);
        storage.SaveCheckpoint([1]);
        storage.SaveCheckpoint([2]);

        storage.SaveCheckpoint([3], sessionIsDamaged: true);

        Assert.Equal([3], storage.LoadCheckpoint());
        Assert.Equal([1], storage.LoadPreviousCheckpoint());
    }

    [Fact]
    public void DamagedSessionWithoutPrevious()
    {
        var storage = SessionStorage.Create(_temp.Repository);
        storage.SaveCheckpoint([1]);

        storage.SaveCheckpoint([2], sessionIsDamaged: true);

        Assert.Equal([2], storage.LoadCheckpoint());
        Assert.False(Entry.Exists(PreviousFile(storage)));
    }

    [Fact]
    public void FailedSyncAfterDamageKeepsNewCheckpoint()
    {
        var storage = SessionStorage.Create(_temp.Repository);
        storage.SaveCheckpoint([1]);
        storage.SaveCheckpoint([2]);
        storage.FaultInjector = new SaveFaultInjector { FailingStep = SaveStep.DirectorySync, Errno = EIO };

        var error = Assert.Throws<IOException>(() => storage.SaveCheckpoint([3], sessionIsDamaged: true));

        // The damaged file is gone once the rename ran, so nothing can be put back; the fallback is untouched.
        Assert.Equal(EIO, error.HResult);
        Assert.Equal([3], storage.LoadCheckpoint());
        Assert.Equal([1], storage.LoadPreviousCheckpoint());
        Assert.DoesNotContain(SaveStep.KeepPrevious, storage.FaultInjector.Steps);
    }

    [Fact]
    public void DirectoryAtPreviousDoesNotBlockSave()
    {
        var logger = new ListLogger();
        var storage = new SessionStorage(SessionStorage.Create(_temp.Repository).Location, logger);
        storage.SaveCheckpoint([1]);
        Directory.CreateDirectory(PreviousFile(storage));
        File.WriteAllText(Path.Combine(PreviousFile(storage), "keep.txt"), "user file");

        storage.SaveCheckpoint([2]);
        storage.SaveCheckpoint([3]);

        Assert.Equal([3], storage.LoadCheckpoint());
        Assert.Equal("user file", File.ReadAllText(Path.Combine(PreviousFile(storage), "keep.txt")));
        var error = Assert.Throws<CorruptedSessionException>(() => storage.LoadPreviousCheckpoint());
        Assert.Equal($"The checkpoint file '{PreviousFile(storage)}' is not a regular file.", error.Message);
        var warnings = logger.Entries.Where(entry => entry.Level == LogLevel.Warning).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains($"'{PreviousFile(storage)}'", warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("is a directory", warnings[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)] // EPERM: FAT and other file systems without hard links
    [InlineData(31)] // EMLINK: too many links to one file
    [InlineData(95)] // EOPNOTSUPP: some network file systems
    public void LinkUnsupportedDoesNotBlockSave(int errno)
    {
        var logger = new ListLogger();
        var storage = new SessionStorage(SessionStorage.Create(_temp.Repository).Location, logger);
        storage.SaveCheckpoint([1]);
        storage.FaultInjector = new SaveFaultInjector { FailingStep = SaveStep.KeepPrevious, Errno = errno };

        storage.SaveCheckpoint([2]);

        Assert.Equal([2], storage.LoadCheckpoint());
        Assert.False(Entry.Exists(PreviousFile(storage)));
        var warning = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("does not allow the hard link", warning.Message, StringComparison.Ordinal);
        Assert.Contains(storage.Location, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SymlinkAtPreviousIsReplaced()
    {
        var storage = SessionStorage.Create(_temp.Repository);
        var outside = _temp.Combine("outside.txt");
        File.WriteAllText(outside, "not the session's");
        storage.SaveCheckpoint([1]);
        File.CreateSymbolicLink(PreviousFile(storage), outside);

        storage.SaveCheckpoint([2]);

        Assert.Null(new FileInfo(PreviousFile(storage)).LinkTarget);
        Assert.Equal([1], storage.LoadPreviousCheckpoint());
        Assert.Equal("not the session's", File.ReadAllText(outside));
    }

    [Fact]
    public void SymlinkAtPreviousIsNotFollowed()
    {
        var storage = SessionStorage.Create(_temp.Repository);
        var outside = _temp.Combine("outside-checkpoint");
        File.WriteAllBytes(outside, RandomNumberGenerator.GetBytes(100));
        storage.SaveCheckpoint([1]);
        File.CreateSymbolicLink(PreviousFile(storage), outside);

        var error = Assert.Throws<CorruptedSessionException>(() => storage.LoadPreviousCheckpoint());

        Assert.Equal(
            $"The checkpoint file '{PreviousFile(storage)}' is a symbolic link, which is not followed.",
            error.Message
        );
        Assert.Equal(PreviousFile(storage), error.FilePath);
    }

    [Fact]
    public void LinkedSessionIsNotKept()
    {
        var storage = SessionStorage.Create(_temp.Repository);
        var outside = _temp.Combine("outside-checkpoint");
        File.WriteAllBytes(outside, [7, 7]);
        File.CreateSymbolicLink(storage.SessionFile, outside);

        storage.SaveCheckpoint([2]);

        // A symbolic link at session is no checkpoint, so it is replaced and never becomes the fallback.
        Assert.Equal([2], storage.LoadCheckpoint());
        Assert.False(Entry.Exists(PreviousFile(storage)));
        Assert.Equal([7, 7], File.ReadAllBytes(outside));
    }

    [Fact]
    public void DirectoryAtSessionFailsSave()
    {
        var storage = SessionStorage.Create(_temp.Repository);
        Directory.CreateDirectory(storage.SessionFile);
        File.WriteAllText(Path.Combine(storage.SessionFile, "keep.txt"), "user file");

        var error = Assert.Throws<IOException>(() => storage.SaveCheckpoint([1], sessionIsDamaged: true));

        Assert.Equal(
            $"The checkpoint path '{storage.SessionFile}' is a directory, so no checkpoint can be saved in its place; "
                + "move the directory out of the session folder, then save again.",
            error.Message
        );
        Assert.Equal("user file", File.ReadAllText(Path.Combine(storage.SessionFile, "keep.txt")));
        Assert.False(Entry.Exists(Path.Combine(storage.Location, "session.next")));
    }

    [Fact]
    public void EmptyPreviousIsCorrupt()
    {
        var storage = SessionStorage.Create(_temp.Repository);
        storage.SaveCheckpoint([1]);
        File.WriteAllBytes(PreviousFile(storage), []);

        var error = Assert.Throws<CorruptedSessionException>(() => storage.LoadPreviousCheckpoint());

        Assert.Equal($"The checkpoint file '{PreviousFile(storage)}' is empty.", error.Message);
    }
}
