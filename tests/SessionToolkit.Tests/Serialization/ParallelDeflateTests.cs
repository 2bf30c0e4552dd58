using System;
using System.Buffers;
using System.IO;
using System.IO.Compression;
using Xunit;

namespace SessionToolkit.Tests.Serialization;

/// <summary>
/// Input above one chunk is deflated in chunks on several cores and joined into one stream. Any inflater must
/// read the joined stream, and the bytes must not depend on how the chunks were scheduled.
/// </summary>
public class ParallelDeflateTests
{
    private const int Chunk = ParallelDeflate.ChunkBytes;

    public static TheoryData<int, CompressionLevel> Lengths()
    {
        var data = new TheoryData<int, CompressionLevel>();
        foreach (var level in Enum.GetValues<CompressionLevel>())
        {
            foreach (var length in new[] { 0, 1, Chunk, Chunk + 1, 2 * Chunk - 1, 5 * Chunk + 17 })
            {
                data.Add(length, level);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void FrameworkInflatesChunkedStream(int length, CompressionLevel level)
    {
        var input = SampleJson(length);

        var deflated = Deflate(input, level);

        Assert.Equal(input, Inflate(deflated));
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void CheckpointReaderAcceptsChunkedGzip(int length, CompressionLevel level)
    {
        var input = SampleJson(length);
        var gzip = new ArrayBufferWriter<byte>();

        CheckpointGzip.Compress(input, gzip, level);
        var error = CheckpointGzip.Decompress(gzip.WrittenSpan, 64 * Chunk, null, out var output);

        Assert.Null(error);
        using (output)
        {
            Assert.Equal(input, output!.WrittenSpan.ToArray());
        }
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(Chunk, 1)]
    [InlineData(Chunk + 1, 2)]
    [InlineData(10 * Chunk, 10)]
    [InlineData(10 * Chunk + 1, 11)]
    public void ChunkCountDependsOnLengthOnly(int length, int expected)
    {
        Assert.Equal(expected, ParallelDeflate.ChunkCount(length));
    }

    [Fact]
    public void RepeatedRunsGiveEqualBytes()
    {
        var input = SampleJson(7 * Chunk + 5);
        var first = Deflate(input, CompressionLevel.Fastest);

        for (var run = 0; run < 20; run++)
        {
            Assert.Equal(first, Deflate(input, CompressionLevel.Fastest));
        }
    }

    [Fact]
    public void ChunkedStreamIsCloseToOneStream()
    {
        var input = SampleJson(5 * Chunk);
        var oneStream = new MemoryStream();
        using (var deflate = new DeflateStream(oneStream, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(input);
        }

        var chunked = Deflate(input, CompressionLevel.Fastest);

        // Each chunk starts without the window of the one before, which costs little on JSON of this kind.
        Assert.InRange(chunked.Length, oneStream.Length, oneStream.Length * 21 / 20);
    }

    [Fact]
    public void OneChunkOfAnySizeIsPlainDeflateStream()
    {
        var input = SampleJson(5 * Chunk);
        var plain = new MemoryStream();
        using (var deflate = new DeflateStream(plain, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(input);
        }

        var output = new ArrayBufferWriter<byte>();
        ParallelDeflate.Deflate(input, output, CompressionLevel.Fastest, chunkBytes: int.MaxValue);

        Assert.Equal(plain.ToArray(), output.WrittenSpan.ToArray());
    }

    private static byte[] Deflate(byte[] input, CompressionLevel level)
    {
        var output = new ArrayBufferWriter<byte>();
        ParallelDeflate.Deflate(input, output, level);
        return output.WrittenSpan.ToArray();
    }

    private static byte[] Inflate(byte[] deflated)
    {
        using var inflate = new DeflateStream(new MemoryStream(deflated), CompressionMode.Decompress);
        var output = new MemoryStream();
        inflate.CopyTo(output);
        return output.ToArray();
    }

    // JSON-like text with repeats and variety, so every level really compresses and back-references are used.
    private static byte[] SampleJson(int length)
    {
        var bytes = new byte[length];
        var random = new Random(length);
        for (var i = 0; i < length; i++)
        {
            bytes[i] =
                (i % 97) < 60
                    ? (byte)"{\"job\":\"com.canonical::x\",\"outcome\":\"pass\"}"[i % 43]
                    : (byte)random.Next('a', 'z');
        }

        return bytes;
    }
}
