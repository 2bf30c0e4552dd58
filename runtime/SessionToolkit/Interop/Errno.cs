using System.IO;
using System.Runtime.InteropServices;

namespace SessionToolkit.Interop;

/// <summary>The errno values the storage layer distinguishes, and the conversion of an errno into an exception.</summary>
internal static class Errno
{
    internal const int ENOENT = 2;
    internal const int EINTR = 4;
    internal const int EIO = 5;
    internal const int ESRCH = 3;
    internal const int EPERM = 1;
    internal const int EEXIST = 17;
    internal const int ENOTDIR = 20;
    internal const int EISDIR = 21;
    internal const int ENOSPC = 28;
    internal const int EMLINK = 31;
    internal const int EOPNOTSUPP = 95;
    internal const int ELOOP = 40;
    internal const int EWOULDBLOCK = 11;

    /// <summary>Returns the errno of the last failed P/Invoke call on this thread.</summary>
    internal static int Last() => Marshal.GetLastPInvokeError();

    /// <summary>
    /// Creates an <see cref="IOException"/> for a failed call. The errno is kept as the exception's HResult,
    /// as .NET itself does for Unix I/O errors, and the message names the file and the system's text for the
    /// error (for ENOSPC, "No space left on device").
    /// </summary>
    internal static IOException ToException(int errno, string action, string path) =>
        new($"Could not {action} '{path}': {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}).", errno);
}
