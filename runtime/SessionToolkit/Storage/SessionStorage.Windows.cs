using System;
using System.IO;
using System.Runtime.InteropServices;
using SessionToolkit.Interop;

namespace SessionToolkit;

public sealed partial class SessionStorage
{
    // Windows has no directory fsync; MOVEFILE_WRITE_THROUGH returns only once the rename is on disk.
    private void SaveOnWindows(ReadOnlySpan<byte> data, bool sessionIsDamaged)
    {
        if (Directory.Exists(SessionFile))
        {
            throw DirectoryAtSession();
        }

        var keepCurrent = !sessionIsDamaged && File.Exists(SessionFile) && new FileInfo(SessionFile).LinkTarget is null;
        FileStream stream;
        try
        {
            stream = new FileStream(NextSessionFile, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (Path.Exists(NextSessionFile))
        {
            throw Locked();
        }

        try
        {
            using (stream)
            {
                stream.Write(data);
                stream.Flush();
                if (!Kernel32.FlushFileBuffers(stream.SafeFileHandle))
                {
                    throw WindowsError("flush", NextSessionFile);
                }
            }

            if (keepCurrent)
            {
                KeepPreviousOnWindows();
            }

            const uint flags = Kernel32.MoveFileReplaceExisting | Kernel32.MoveFileWriteThrough;
            if (!Kernel32.MoveFileEx(NextSessionFile, SessionFile, flags))
            {
                throw WindowsError("rename", NextSessionFile);
            }
        }
        catch
        {
            DeleteQuietly(NextSessionFile);
            throw;
        }
    }

    private void KeepPreviousOnWindows()
    {
        if (Directory.Exists(PreviousSessionFile))
        {
            StorageLog.PreviousBlocked(_logger, Id, Location, PreviousSessionFile);
            return;
        }

        // File.Delete removes a symbolic link itself, not its target.
        File.Delete(PreviousSessionFile);
        if (Kernel32.CreateHardLink(PreviousSessionFile, SessionFile, IntPtr.Zero))
        {
            return;
        }

        // FAT and exFAT have no hard links, so the save goes on without a fallback, as on Unix.
        var code = Marshal.GetLastPInvokeError();
        var error = WindowsError("link", PreviousSessionFile);
        if (code is not (Kernel32.ErrorInvalidFunction or Kernel32.ErrorNotSupported))
        {
            throw error;
        }

        StorageLog.PreviousNotLinked(_logger, error, Id, Location);
    }

    private static IOException WindowsError(string action, string path)
    {
        var error = Marshal.GetLastPInvokeError();
        return new IOException(
            $"Could not {action} '{path}': {Marshal.GetPInvokeErrorMessage(error)} (error {error}).",
            Marshal.GetHRForLastWin32Error()
        );
    }
}
