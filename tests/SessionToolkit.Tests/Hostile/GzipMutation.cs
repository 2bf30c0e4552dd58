using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.IO.Hashing;
using System.Linq;
using SessionToolkit.Tests.Serialization;

namespace SessionToolkit.Tests.Hostile;

/// <summary>What one mutation of a checkpoint's gzip bytes does.</summary>
internal enum GzipMutationKind
{
    /// <summary>Cuts the file at a byte position.</summary>
    Truncate,

    /// <summary>XORs one byte anywhere in the file with a non-zero value.</summary>
    FlipByte,

    /// <summary>XORs one byte of the 10-byte header.</summary>
    FlipHeaderByte,

    /// <summary>XORs one byte of the 8-byte trailer (CRC-32 and ISIZE).</summary>
    FlipTrailerByte,

    /// <summary>Writes a chosen CRC-32 and ISIZE, up to 4 GiB - 1.</summary>
    RewriteTrailer,

    /// <summary>XORs one byte of the deflate data, then writes the CRC-32 and ISIZE of what a lenient inflater
    /// makes of it, so that the damage reaches the JSON reader.</summary>
    FlipBodyAndFixTrailer,

    /// <summary>Inserts one to eight bytes.</summary>
    InsertBytes,

    /// <summary>Removes one to sixteen bytes.</summary>
    DeleteBytes,

    /// <summary>Sets optional-field flags (FEXTRA, FNAME, FCOMMENT, FHCRC, reserved) without adding the fields.</summary>
    SetHeaderFlags,

    /// <summary>Adds an FEXTRA field whose length runs past the end of the file.</summary>
    OversizedExtraField,

    /// <summary>Appends a copy of the file as a second gzip member, or a few bytes of garbage.</summary>
    AppendData,

    /// <summary>Compresses the same JSON again at another level, as another gzip writer would.</summary>
    Recompress,
}

/// <summary>
/// One mutation of a checkpoint's bytes. <see cref="Position"/> (0 to 1) picks the byte it applies to, and
/// <see cref="Choice"/> the value written or the variant.
/// </summary>
internal readonly record struct GzipMutation(GzipMutationKind Kind, double Position, int Choice)
{
    private const int HeaderLength = 10;
    private const int TrailerLength = 8;

    private static readonly uint[] Sizes = [0, 1, 100, 65_536, 268_435_456, 268_435_457, uint.MaxValue];

    /// <summary>Returns the mutated bytes; <paramref name="data"/> is not changed.</summary>
    public byte[] Apply(byte[] data)
    {
        var bytes = (byte[])data.Clone();
        var mask = (byte)(Choice % 255 + 1);
        if (bytes.Length < HeaderLength + TrailerLength && NeedsWholeFrame())
        {
            // An earlier cut left too few bytes for a header and a trailer.
            return bytes;
        }

        switch (Kind)
        {
            case GzipMutationKind.Truncate:
                return bytes[..At(bytes.Length)];
            case GzipMutationKind.FlipByte:
                bytes[At(bytes.Length)] ^= mask;
                return bytes;
            case GzipMutationKind.FlipHeaderByte:
                bytes[At(Math.Min(HeaderLength, bytes.Length))] ^= mask;
                return bytes;
            case GzipMutationKind.FlipTrailerByte:
                bytes[bytes.Length - 1 - At(Math.Min(TrailerLength, bytes.Length))] ^= mask;
                return bytes;
            case GzipMutationKind.RewriteTrailer:
                return RewriteTrailer(bytes, (uint)Choice * 2_654_435_761u, Sizes[Choice % Sizes.Length]);
            case GzipMutationKind.FlipBodyAndFixTrailer:
                return FlipBodyAndFixTrailer(bytes, mask);
            case GzipMutationKind.InsertBytes:
                var at = At(bytes.Length + 1);
                var seed = Choice;
                var inserted = Enumerable.Range(0, seed % 8 + 1).Select(i => (byte)(seed * 31 + i * 97));
                return [.. bytes[..at], .. inserted, .. bytes[at..]];
            case GzipMutationKind.DeleteBytes:
                var start = At(bytes.Length);
                var end = Math.Min(bytes.Length, start + Choice % 16 + 1);
                return [.. bytes[..start], .. bytes[end..]];
            case GzipMutationKind.SetHeaderFlags:
                bytes[3] |= (byte)(Choice % 31 + 1 << 1);
                return bytes;
            case GzipMutationKind.OversizedExtraField:
                bytes[3] |= 0x04;
                return [.. bytes[..HeaderLength], 0xFF, 0xFF, .. bytes[HeaderLength..]];
            case GzipMutationKind.AppendData:
                return Choice % 2 == 0 ? [.. bytes, .. data] : [.. bytes, 0x00, (byte)Choice, 0x1F];
            default:
                return Recompress(bytes);
        }
    }

    private bool NeedsWholeFrame() => Kind is not (GzipMutationKind.InsertBytes or GzipMutationKind.AppendData);

    private int At(int count) => Math.Clamp((int)(Position * count), 0, Math.Max(count - 1, 0));

    private static byte[] RewriteTrailer(byte[] bytes, uint crc, uint size)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(bytes.Length - TrailerLength), crc);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4), size);
        return bytes;
    }

    private byte[] FlipBodyAndFixTrailer(byte[] bytes, byte mask)
    {
        var bodyLength = bytes.Length - HeaderLength - TrailerLength;
        bytes[HeaderLength + At(bodyLength)] ^= mask;
        var inflated = LenientInflate(bytes.AsSpan(HeaderLength, bodyLength).ToArray());
        if (inflated is null)
        {
            return bytes;
        }

        return RewriteTrailer(bytes, Crc32.HashToUInt32(inflated), (uint)inflated.Length);
    }

    /// <summary>Inflates as much as the framework's inflater accepts, or returns null when it throws.</summary>
    private static byte[]? LenientInflate(byte[] deflate)
    {
        try
        {
            using var stream = new DeflateStream(new MemoryStream(deflate), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[8192];
            int read;
            while ((read = stream.Read(buffer)) > 0 && output.Length < 4 * 1024 * 1024)
            {
                output.Write(buffer, 0, read);
            }

            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private byte[] Recompress(byte[] bytes)
    {
        var levels = new[] { CompressionLevel.NoCompression, CompressionLevel.Optimal, CompressionLevel.SmallestSize };
        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var json = new MemoryStream();
            gzip.CopyTo(json);
            return Checkpoints.Gzip(json.ToArray(), levels[Choice % levels.Length]);
        }
        catch (InvalidDataException)
        {
            // Bytes that an earlier mutation made unreadable stay as they are.
            return bytes;
        }
    }
}
