using System.Runtime.InteropServices;

namespace SessionToolkit.Interop;

/// <summary>
/// Linux open(2) flags. Most values are the same on every Linux architecture, but O_DIRECTORY and O_NOFOLLOW
/// differ on arm64, so those two are chosen at run time.
/// </summary>
internal static class OpenFlags
{
    internal const int ReadOnly = 0x0;
    internal const int WriteOnly = 0x1;
    internal const int ReadWrite = 0x2;
    internal const int Create = 0x40;
    internal const int Exclusive = 0x80;
    internal const int Append = 0x400;
    internal const int NonBlocking = 0x800;
    internal const int CloseOnExec = 0x80000;

    private static readonly bool IsArm =
        RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm;

    internal static readonly int Directory = IsArm ? 0x4000 : 0x10000;
    internal static readonly int NoFollow = IsArm ? 0x8000 : 0x20000;
}
