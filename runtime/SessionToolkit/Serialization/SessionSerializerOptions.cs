using System;
using System.IO.Compression;

namespace SessionToolkit;

/// <summary>
/// Limits and settings of the checkpoint format. The same limits apply when a checkpoint is written and when it
/// is read, so that every checkpoint that could be written can be read back.
/// </summary>
public sealed class SessionSerializerOptions
{
    /// <summary>Upper bound of <see cref="MaxDepth"/>, low enough that recursive readers cannot overflow the stack.</summary>
    public const int MaxDepthLimit = 1000;

    /// <summary>The options used when none are given.</summary>
    public static SessionSerializerOptions Default { get; } = new();

    /// <summary>
    /// Maximum nesting depth of the whole JSON envelope (the envelope object itself is depth 1, the session object
    /// depth 2). Default 64, at most <see cref="MaxDepthLimit"/>.
    /// </summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Maximum size of the uncompressed JSON, in bytes. Default 256 MiB.</summary>
    public long MaxUncompressedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Gzip compression level of written checkpoints.</summary>
    public CompressionLevel CompressionLevel { get; init; } = CompressionLevel.Fastest;

    internal void Validate()
    {
        if (MaxDepth is < 2 or > MaxDepthLimit)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MaxDepth),
                MaxDepth,
                $"MaxDepth must be between 2 and {MaxDepthLimit}."
            );
        }

        // The uncompressed JSON is held in one array, so the limit cannot pass the largest array length.
        if (MaxUncompressedBytes < 64 || MaxUncompressedBytes > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MaxUncompressedBytes),
                MaxUncompressedBytes,
                $"MaxUncompressedBytes must be between 64 and {Array.MaxLength}."
            );
        }
    }
}
