using System;
using System.Security.Cryptography;

namespace SessionToolkit.CrashWriter;

/// <summary>
/// The state that the <c>checkpoint-loop</c> command checkpoints through <c>SessionManager</c>: a sequence number
/// that names each save, and random content with its SHA-256, so that a reader can tell which save it resumed
/// and that the state is whole. The tests compile this file too, to resume the same type.
/// </summary>
[SessionState(Version = 1, TypeId = "crash-writer-state", Directories = typeof(CrashDirectories))]
public partial class CrashState
{
    /// <summary>Number of the save, counted from 1 across every process that resumed the session.</summary>
    [SessionMetadata]
    public long Sequence { get; set; }

    /// <summary>SHA-256 of <see cref="Content"/>, in upper-case hex.</summary>
    [SessionMetadata]
    public string ContentHash { get; set; } = "";

    /// <summary>Random bytes, from 1 KiB to 256 KiB, new for every save.</summary>
    public byte[] Content { get; set; } = [];

    /// <summary>
    /// Whether <see cref="ContentHash"/> matches <see cref="Content"/>. A fresh state, before the first save, has
    /// neither.
    /// </summary>
    public bool IsWhole =>
        Sequence == 0
            ? Content.Length == 0 && ContentHash.Length == 0
            : ContentHash == Convert.ToHexString(SHA256.HashData(Content));

    /// <summary>Moves to the next save: the next sequence number and new random content.</summary>
    public void Advance()
    {
        Sequence++;
        Content = RandomNumberGenerator.GetBytes(RandomNumberGenerator.GetInt32(1024, 256 * 1024 + 1));
        ContentHash = Convert.ToHexString(SHA256.HashData(Content));
    }
}

/// <summary>Well-known directories of <see cref="CrashState"/>, created on every create and load.</summary>
[WellKnownDirectories]
public partial class CrashDirectories
{
    /// <summary>A directory at the top of the session folder.</summary>
    [WellKnownDirectory("io-logs")]
    public partial string IoLogs { get; }

    /// <summary>A directory two levels down.</summary>
    [WellKnownDirectory("attachments/raw")]
    public partial string RawAttachments { get; }
}
