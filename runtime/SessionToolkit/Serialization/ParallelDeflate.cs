using System;
using System.Buffers;
using System.IO;
using System.IO.Compression;

namespace SessionToolkit;

/// <summary>
/// Deflates large input as independent chunks on several cores and joins them into one deflate stream, the way
/// pigz does. Each chunk but the last ends with a sync flush (an empty stored block), which leaves the output
/// byte-aligned and without a final block, so the next chunk's blocks can follow it directly. Any inflater reads
/// the result as one ordinary stream.
/// </summary>
/// <remarks>
/// The chunk boundaries depend on the input length only, never on the number of cores, so equal input gives
/// equal bytes on every machine. A chunk starts without the previous chunk's 32 KiB window, which makes the
/// output about 1 % larger than one stream's at 128 KiB chunks (measured on the benchmark session).
/// </remarks>
internal static class ParallelDeflate
{
    /// <summary>Input of up to this many bytes is deflated as one stream on the calling thread.</summary>
    public const int ChunkBytes = 128 * 1024;

    /// <summary>Returns how many chunks of at most <paramref name="chunkBytes"/> the input is split into.</summary>
    public static int ChunkCount(int length, int chunkBytes = ChunkBytes) =>
        Math.Max(1, (int)(((long)length + chunkBytes - 1) / chunkBytes));

    /// <summary>
    /// Writes the deflate stream of <paramref name="data"/> into <paramref name="destination"/>. Checkpoints use
    /// the default <paramref name="chunkBytes"/>; the benchmarks pass <see cref="int.MaxValue"/> to measure one
    /// stream on one core.
    /// </summary>
    public static void Deflate(
        ReadOnlyMemory<byte> data,
        IBufferWriter<byte> destination,
        CompressionLevel level,
        int chunkBytes = ChunkBytes
    )
    {
        // DeflateStream writes nothing for empty input, and zero bytes are not a valid deflate stream, so an empty
        // final block with fixed codes is written instead.
        if (data.IsEmpty)
        {
            destination.Write<byte>([0x03, 0x00]);
            return;
        }

        var count = ChunkCount(data.Length, chunkBytes);
        if (count == 1)
        {
            DeflateChunk(data.Span, destination, level, isLast: true);
            return;
        }

        // Chunks of equal size, so that no short last chunk leaves a core idle at the end.
        var size = (int)(((long)data.Length + count - 1) / count);
        var job = new ChunkJob(data, size, count, level);
        try
        {
            job.Run();
            foreach (var output in job.Outputs)
            {
                destination.Write(output!.WrittenSpan);
            }
        }
        finally
        {
            foreach (var output in job.Outputs)
            {
                output?.Dispose();
            }
        }
    }

    internal static void DeflateChunk(
        ReadOnlySpan<byte> chunk,
        IBufferWriter<byte> destination,
        CompressionLevel level,
        bool isLast
    )
    {
        if (isLast)
        {
            using var deflate = new DeflateStream(new BufferWriterStream(destination), level);
            deflate.Write(chunk);
            return;
        }

        // Flush ends the chunk with a sync flush. Disposing the stream then appends a final empty block, which
        // must not reach the output, so the sink stops taking bytes after the flush.
        var sink = new BufferWriterStream(destination);
        using (var deflate = new DeflateStream(sink, level))
        {
            deflate.Write(chunk);
            deflate.Flush();
            sink.Seal();
        }
    }
}
