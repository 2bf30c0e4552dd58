using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace SessionToolkit.Interop;

/// <summary>The Windows calls behind a durable checkpoint save and its kept previous checkpoint.</summary>
internal static partial class Kernel32
{
    /// <summary>Win32 error of a call the file system does not implement, such as a hard link on FAT.</summary>
    internal const int ErrorInvalidFunction = 1;

    /// <summary>Win32 error of a request the file system does not support.</summary>
    internal const int ErrorNotSupported = 50;

    /// <summary>MoveFileEx flag: replace an existing target.</summary>
    internal const uint MoveFileReplaceExisting = 0x1;

    /// <summary>MoveFileEx flag: return only after the move is flushed to disk.</summary>
    internal const uint MoveFileWriteThrough = 0x8;

    [LibraryImport(
        "kernel32.dll",
        EntryPoint = "MoveFileExW",
        SetLastError = true,
        StringMarshalling = StringMarshalling.Utf16
    )]
    [return: MarshalAs(UnmanagedType.Bool)]
    internal static partial bool MoveFileEx(string existingFileName, string newFileName, uint flags);

    [LibraryImport(
        "kernel32.dll",
        EntryPoint = "CreateHardLinkW",
        SetLastError = true,
        StringMarshalling = StringMarshalling.Utf16
    )]
    [return: MarshalAs(UnmanagedType.Bool)]
    internal static partial bool CreateHardLink(string fileName, string existingFileName, nint securityAttributes);

    [LibraryImport("kernel32.dll", EntryPoint = "FlushFileBuffers", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    internal static partial bool FlushFileBuffers(SafeFileHandle handle);
}
