using System;
using System.Buffers;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.IO.Hashing;

namespace SessionToolkit;

/// <summary>
/// The gzip container of a checkpoint (RFC 1952), framed here around a raw DeflateStream. GZipStream of .NET 10
/// accepts a truncated stream, trailing bytes and several members without an error, and writes an OS byte that
/// differs between platforms, so the header and the trailer are written and checked here.
/// </summary>
internal static class CheckpointGzip
{
    private const int HeaderLength = 10;
    private const int TrailerLength = 8;
    private const byte FlagHeaderCrc = 0x02;
    private const byte FlagExtra = 0x04;
    private const byte FlagName = 0x08;
    private const byte FlagComment = 0x10;
    private const byte ReservedFlags = 0xE0;

    // Deflate cannot expand input by more than about 1032 to 1, so a trailer that claims more is no size hint.
    private const long MaxDeflateRatio = 1032;

    // Room for the header's optional fields (FEXTRA alone may hold 64 KiB), the trailer and the deflate block
    // headers of a small stream.
    private const long MaxFramingBytes = 256 * 1024;

    // Magic, deflate, no flags, MTIME 0, no extra flags, OS 255 ("unknown"): equal input gives equal bytes on
    // every platform.
    private static ReadOnlySpan<byte> Header => [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF];

    /// <summary>
    /// Returns the largest checkpoint file accepted for JSON of at most <paramref name="maxUncompressedBytes"/>.
    /// zlib, behind both .NET's DeflateStream and Python's gzip module, writes a stored block where coding would
    /// expand the data, so its output is the input plus a few bytes per block. The quarter on top leaves room for
    /// other writers. A larger file is padding or garbage and is rejected before it is read into memory.
    /// </summary>
    public static long MaxCompressedLength(long maxUncompressedBytes) =>
        Math.Min(maxUncompressedBytes + maxUncompressedBytes / 4 + MaxFramingBytes, Array.MaxLength);

    /// <summary>
    /// Writes <paramref name="data"/> as one gzip member. Input above <see cref="ParallelDeflate.ChunkBytes"/> is
    /// deflated in chunks on several cores.
    /// </summary>
    public static void Compress(
        ReadOnlyMemory<byte> data,
        IBufferWriter<byte> destination,
        CompressionLevel level,
        int chunkBytes = ParallelDeflate.ChunkBytes
    )
    {
        destination.Write(Header);
        ParallelDeflate.Deflate(data, destination, level, chunkBytes);

        Span<byte> trailer = stackalloc byte[TrailerLength];
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, Crc32.HashToUInt32(data.Span));
        BinaryPrimitives.WriteUInt32LittleEndian(trailer[4..], (uint)data.Length);
        destination.Write(trailer);
    }

    /// <summary>
    /// Inflates one whole gzip member into <paramref name="output"/>, checking header, CRC-32, ISIZE, that nothing
    /// follows the member and that the output stays within <paramref name="maxBytes"/>. Returns the error instead
    /// of throwing it.
    /// </summary>
    public static CorruptedSessionException? Decompress(
        ReadOnlySpan<byte> data,
        long maxBytes,
        string? filePath,
        out PooledByteBufferWriter? output
    )
    {
        output = null;

        var headerError = ReadHeader(data, out var bodyStart);
        if (headerError is not null)
        {
            return SessionFaults.Corrupted(headerError, null, filePath);
        }

        var trailer = data[^TrailerLength..];
        var expectedCrc = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        var expectedSize = BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]);

        // ISIZE is not trusted before inflating: in a truncated file these four bytes are deflate data, so a
        // large value would blame the size limit for what is damage. The bounded inflate below stops a real bomb
        // at maxBytes + 1 bytes of output either way.
        var body = data[bodyStart..^TrailerLength];
        var hint = (int)Math.Min(expectedSize, Math.Min(maxBytes, body.Length * MaxDeflateRatio));
        var buffer = new PooledByteBufferWriter(hint);
        var error = Inflate(body, maxBytes, buffer, filePath);
        error ??= CheckTrailer(buffer.WrittenSpan, expectedCrc, expectedSize, filePath);
        if (error is not null)
        {
            buffer.Dispose();
            return error;
        }

        output = buffer;
        return null;
    }

    private static string? ReadHeader(ReadOnlySpan<byte> data, out int bodyStart)
    {
        bodyStart = 0;
        if (data.IsEmpty)
        {
            return "the file is empty";
        }

        if (data.Length < 2 || data[0] != 0x1F || data[1] != 0x8B)
        {
            return "the data is not gzip (no gzip magic number)";
        }

        // The smallest member is a 10-byte header, an empty deflate block of at least 2 bytes and the trailer.
        if (data.Length < HeaderLength + 2 + TrailerLength)
        {
            return "the gzip stream is truncated";
        }

        if (data[2] != 0x08)
        {
            return $"the gzip compression method {data[2]} is not deflate";
        }

        var flags = data[3];
        if ((flags & ReservedFlags) != 0)
        {
            return "the gzip header has reserved flags set";
        }

        var position = SkipOptionalFields(data, flags);
        if (position < 0 || position + 2 + TrailerLength > data.Length)
        {
            return "the gzip stream is truncated";
        }

        bodyStart = position;
        return null;
    }

    // Returns the offset after the optional header fields (other writers such as Python's gzip module may set
    // them), or -1 when the data ends inside them or the header CRC does not match.
    private static int SkipOptionalFields(ReadOnlySpan<byte> data, byte flags)
    {
        var position = HeaderLength;
        if ((flags & FlagExtra) != 0)
        {
            if (position + 2 > data.Length)
            {
                return -1;
            }

            position += 2 + BinaryPrimitives.ReadUInt16LittleEndian(data[position..]);
        }

        if ((flags & FlagName) != 0)
        {
            position = SkipZeroTerminated(data, position);
        }

        if ((flags & FlagComment) != 0)
        {
            position = SkipZeroTerminated(data, position);
        }

        if ((flags & FlagHeaderCrc) != 0)
        {
            if (position < 0 || position + 2 > data.Length)
            {
                return -1;
            }

            var stored = BinaryPrimitives.ReadUInt16LittleEndian(data[position..]);
            if (stored != (ushort)Crc32.HashToUInt32(data[..position]))
            {
                return -1;
            }

            position += 2;
        }

        return position > data.Length ? -1 : position;
    }

    private static int SkipZeroTerminated(ReadOnlySpan<byte> data, int position)
    {
        if (position < 0 || position >= data.Length)
        {
            return -1;
        }

        var end = data[position..].IndexOf((byte)0);
        return end < 0 ? -1 : position + end + 1;
    }

    private static unsafe CorruptedSessionException? Inflate(
        ReadOnlySpan<byte> body,
        long maxBytes,
        PooledByteBufferWriter output,
        string? filePath
    )
    {
        fixed (byte* start = body)
        {
            var source = new HeldBackInputStream(start, body.Length);
            Span<byte> probe = stackalloc byte[1];
            try
            {
                using var deflate = new DeflateStream(source, CompressionMode.Decompress);
                while (output.WrittenCount < maxBytes)
                {
                    var allowed = (int)Math.Min(64 * 1024, maxBytes - output.WrittenCount);
                    var read = deflate.Read(output.GetSpan(allowed)[..allowed]);
                    if (read == 0)
                    {
                        break;
                    }

                    output.Advance(read);
                }

                // At the limit, one more byte proves the limit is exceeded, and a bomb is never inflated further.
                // That byte is read into a separate buffer, because requesting room for it from the output would
                // double a buffer that is already full at the limit.
                if (output.WrittenCount == maxBytes && deflate.Read(probe) > 0)
                {
                    return SizeLimitFault(maxBytes, filePath);
                }
            }
            catch (InvalidDataException e)
            {
                return SessionFaults.Corrupted("the deflate data is invalid", null, filePath, e);
            }

            // The deflate stream must end exactly where the trailer starts: bytes left over mean trailing garbage
            // or a second member.
            if (!source.ReachedEnd)
            {
                return SessionFaults.Corrupted("unexpected bytes follow the deflate data", null, filePath);
            }
        }

        return null;
    }

    private static CorruptedSessionException? CheckTrailer(
        ReadOnlySpan<byte> inflated,
        uint expectedCrc,
        uint expectedSize,
        string? filePath
    )
    {
        // A truncated stream inflates without an error in .NET, so these two checks are what detects it.
        if ((uint)inflated.Length != expectedSize)
        {
            return SessionFaults.Corrupted(
                "the gzip stream is truncated or damaged (its length does not match the trailer)",
                null,
                filePath
            );
        }

        if (Crc32.HashToUInt32(inflated) != expectedCrc)
        {
            return SessionFaults.Corrupted("the gzip CRC-32 does not match the data", null, filePath);
        }

        return null;
    }

    private static CorruptedSessionException SizeLimitFault(long maxBytes, string? filePath) =>
        SessionFaults.Corrupted(
            $"the uncompressed data exceeds the limit of {maxBytes} bytes (SessionSerializerOptions.MaxUncompressedBytes)",
            null,
            filePath
        );
}
