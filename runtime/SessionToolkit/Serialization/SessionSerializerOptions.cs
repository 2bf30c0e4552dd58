using System;
using System.IO.Compression;

namespace SessionToolkit;

/// <summary>
/// Limits and settings of the checkpoint format. The same limits apply when a checkpoint is written and when it
/// is read, so that every checkpoint that could be written can be read back.
/// </summary>
public sealed class SessionSerializerOptions
{
    /// <summary>The options used when none are given.</summary>
    public static SessionSerializerOptions Default { get; } = new();

    /// <summary>
    /// Maximum nesting depth of the whole JSON envelope (the envelope object itself is depth 1). Default 64.
    /// </summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Maximum size of the uncompressed JSON, in bytes. Default 256 MiB.</summary>
    public long MaxUncompressedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Gzip compression level of written checkpoints.</summary>
    public CompressionLevel CompressionLevel { get; init; } = CompressionLevel.Fastest;

    internal void Validate()
    {
        if (MaxDepth < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDepth), MaxDepth, "MaxDepth must be at least 2.");
        }

        if (MaxUncompressedBytes < 64)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MaxUncompressedBytes),
                MaxUncompressedBytes,
                "MaxUncompressedBytes must be at least 64."
            );
        }
    }
}
