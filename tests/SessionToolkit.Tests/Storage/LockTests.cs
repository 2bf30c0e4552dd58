using System;
using System.Globalization;
using System.IO;
using System.Text;
using Microsoft.Extensions.Logging;
using SessionToolkit.Interop;
using Xunit;

namespace SessionToolkit.Tests.Storage;

public class LockTests
{
    [Fact]
    public void LockFileRecordsProcessId()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);

        using var held = storage.AcquireLock();

        var lockFile = Path.Combine(storage.Location, "session.lock");
        Assert.Equal(Environment.ProcessId.ToString(CultureInfo.InvariantCulture), ReadWithoutLocking(lockFile));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, Entry.Mode(lockFile));
    }

    /// <summary>
    /// Reads a file with plain open and read calls, because .NET's FileStream takes a shared flock on open,
    /// which the session's exclusive lock blocks.
    /// </summary>
    private static unsafe string ReadWithoutLocking(string path)
    {
        var fd = LibC.OpenAt(LibC.AtFdCwd, path, OpenFlags.ReadOnly | OpenFlags.CloseOnExec, 0);
        Assert.True(fd >= 0, $"open failed on {path}");
        var buffer = new byte[64];
        nint count;
        fixed (byte* start = buffer)
        {
            count = LibC.Read(fd, start, buffer.Length);
        }

        LibC.Close(fd);
        return Encoding.ASCII.GetString(buffer, 0, (int)count).Trim();
    }

    [Fact]
    public void SecondOpenInSameProcessConflicts()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        using var held = storage.AcquireLock();

        var error = Assert.Throws<SessionInUseException>(() => new SessionStorage(storage.Location).AcquireLock());

        Assert.Equal(Environment.ProcessId, error.HolderProcessId);
        Assert.Contains($"process {Environment.ProcessId}", error.Message, StringComparison.Ordinal);
        Assert.Equal(storage.Location, error.Location);
    }

    [Fact]
    public void SameObjectLockTwiceThrows()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        using var held = storage.AcquireLock();

        Assert.Throws<InvalidOperationException>(() => storage.AcquireLock());
    }

    [Fact]
    public void DisposeReleasesLock()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        storage.AcquireLock().Dispose();

        using var again = new SessionStorage(storage.Location).AcquireLock();

        Assert.NotNull(again);
    }

    [Fact]
    public void OtherProcessHoldsLock()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        using var child = CrashWriter.Start("hold-lock", storage.Location);
        Assert.Equal("locked", child.StandardOutput.ReadLine());

        var error = Assert.Throws<SessionInUseException>(() => storage.AcquireLock());

        Assert.Equal(child.Id, error.HolderProcessId);
        Assert.Contains($"process {child.Id}", error.Message, StringComparison.Ordinal);
        child.StandardInput.Close();
        child.WaitForExit();
    }

    [Fact]
    public void RemoveWhileOtherProcessHoldsLock()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        using var child = CrashWriter.Start("hold-lock", storage.Location);
        Assert.Equal("locked", child.StandardOutput.ReadLine());

        Assert.Throws<SessionInUseException>(storage.Remove);

        Assert.True(Directory.Exists(storage.Location));
        child.StandardInput.Close();
        child.WaitForExit();
    }

    [Fact]
    public void DeadHolderLockTakenOver()
    {
        using var temp = new TempFolder();
        var logger = new ListLogger();
        var storage = new SessionStorage(SessionStorage.Create(temp.Repository).Location, logger);
        using var child = CrashWriter.Start("hold-lock", storage.Location);
        Assert.Equal("locked", child.StandardOutput.ReadLine());
        child.Kill();
        child.WaitForExit();

        using var held = storage.AcquireLock();

        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains($"process {child.Id}", entry.Message, StringComparison.Ordinal);
        Assert.Contains(storage.Location, entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LinkedLockFileRejected()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        var target = temp.Combine("target.txt");
        File.WriteAllText(target, "keep");
        File.CreateSymbolicLink(Path.Combine(storage.Location, "session.lock"), target);

        var error = Assert.Throws<IOException>(() => storage.AcquireLock());

        Assert.Contains("symbolic link", error.Message, StringComparison.Ordinal);
        Assert.Equal("keep", File.ReadAllText(target));
    }

    [Fact]
    public void BreakLockNeedsLock()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);

        var error = Assert.Throws<InvalidOperationException>(storage.BreakLock);

        Assert.Contains("AcquireLock()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BreakLockRemovesNext()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        storage.SaveCheckpoint([1, 2]);
        var next = Path.Combine(storage.Location, "session.next");
        File.WriteAllBytes(next, [9]);

        using (storage.AcquireLock())
        {
            storage.BreakLock();
        }

        Assert.False(File.Exists(next));
        Assert.Equal([1, 2], storage.LoadCheckpoint());
        storage.SaveCheckpoint([3]);
        Assert.Equal([3], storage.LoadCheckpoint());
    }

    [Fact]
    public void BreakLockAfterReleaseThrows()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        storage.AcquireLock().Dispose();

        Assert.Throws<InvalidOperationException>(storage.BreakLock);
    }

    [Fact]
    public void SaveWorksWithoutLock()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        using var held = new SessionStorage(storage.Location).AcquireLock();

        storage.SaveCheckpoint([5]);

        Assert.Equal([5], storage.LoadCheckpoint());
    }
}
