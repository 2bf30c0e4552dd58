using System.Runtime.InteropServices;

namespace SessionToolkit.Interop;

/// <summary>
/// The head of Linux's <c>struct statx</c>. Unlike <c>struct stat</c> its layout is the same on every
/// architecture; the kernel writes 256 bytes, so the struct reserves them all.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 256)]
internal struct StatXBuffer
{
    [FieldOffset(20)]
    internal uint UserId;

    [FieldOffset(28)]
    internal ushort Mode;

    [FieldOffset(32)]
    internal ulong Inode;

    [FieldOffset(40)]
    internal ulong Size;

    [FieldOffset(136)]
    internal uint DeviceMajor;

    [FieldOffset(140)]
    internal uint DeviceMinor;
}
