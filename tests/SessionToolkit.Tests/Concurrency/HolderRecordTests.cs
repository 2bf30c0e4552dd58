using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using SessionToolkit.Interop;
using SessionToolkit.Tests.Storage;
using Xunit;

namespace SessionToolkit.Tests.Concurrency;

/// <summary>
/// A process that loses the race for a lock reads the winner's id from session.lock in the moment after the
/// winner took the lock and before it wrote its id. The error then names the winner once it is written, and never
/// a process that has died.
/// </summary>
public sealed class HolderRecordTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void LateRecordIsNamed()
    {
        var storage = SessionStorage.Create(_temp.Repository);
        var lockFile = Path.Combine(storage.Location, SessionStorage.LockFileName);
        var fd = LockWithoutRecord(lockFile);
        try
        {
            // The holder writes its id a few milliseconds after the loser's first read of the file.
            var writer = new Thread(() =>
            {
                Thread.Sleep(5);
                WriteRecord(fd, Environment.ProcessId);
            });
            writer.Start();

            var error = Assert.Throws<SessionInUseException>(() => storage.AcquireLock());
            writer.Join();

            Assert.Equal(Environment.ProcessId, error.HolderProcessId);
        }
        finally
        {
            LibC.Close(fd);
        }
    }

    [Fact]
    public void DeadRecordIsNotNamed()
    {
        var storage = SessionStorage.Create(_temp.Repository);
        var lockFile = Path.Combine(storage.Location, SessionStorage.LockFileName);
        var fd = LockWithoutRecord(lockFile);
        WriteRecord(fd, DeadProcessId());
        try
        {
            var error = Assert.Throws<SessionInUseException>(() => storage.AcquireLock());

            Assert.Null(error.HolderProcessId);
            Assert.Equal(
                $"The session '{storage.Location}' is in use: another process (its id could not be read) holds its "
                    + "lock. Wait for it to finish or stop it first.",
                error.Message
            );
        }
        finally
        {
            LibC.Close(fd);
        }
    }

    /// <summary>Takes the flock on the lock file the way a holder does, without writing its id yet.</summary>
    private static int LockWithoutRecord(string lockFile)
    {
        var flags = OpenFlags.ReadWrite | OpenFlags.Create | OpenFlags.CloseOnExec;
        var fd = LibC.OpenAt(LibC.AtFdCwd, lockFile, flags, 0x180);
        Assert.True(fd >= 0, $"open {lockFile} failed");
        Assert.Equal(0, LibC.FLock(fd, LibC.LockExclusive | LibC.LockNonBlocking));
        return fd;
    }

    /// <summary>
    /// Writes a process id through the holder's own descriptor, because .NET's FileStream takes a shared flock
    /// that the exclusive lock blocks.
    /// </summary>
    private static unsafe void WriteRecord(int fd, int processId)
    {
        var text = Encoding.ASCII.GetBytes(processId.ToString(CultureInfo.InvariantCulture));
        fixed (byte* start = text)
        {
            Assert.Equal(text.Length, (int)LibC.PWrite(fd, start, text.Length, 0));
        }
    }

    private static int DeadProcessId()
    {
        using var process = Process.Start("true") ?? throw new InvalidOperationException("true did not start.");
        process.WaitForExit();
        return process.Id;
    }
}
