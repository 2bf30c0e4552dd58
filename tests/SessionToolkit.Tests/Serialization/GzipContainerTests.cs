using System;
using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Linq;
using System.Text;
using SessionToolkit.Tests.Serialization.States;
using Xunit;

namespace SessionToolkit.Tests.Serialization;

/// <summary>The gzip layer: reproducible bytes, and every kind of damage reported as a corrupted checkpoint.</summary>
public class GzipContainerTests
{
    private static readonly Meter Sample = new() { Reading = 7, Unit = "kWh" };

    private static byte[] SmallCheckpoint() => SessionSerializer.Suspend(Sample);

    [Fact]
    public void EqualStatesGiveEqualBytes()
    {
        var first = SessionSerializer.Suspend(new Meter { Reading = 7, Unit = "kWh" });
        var second = SessionSerializer.Suspend(new Meter { Reading = 7, Unit = "kWh" });

        Assert.Equal(first, second);
    }

    [Fact]
    public void HeaderHasNoTimestamp()
    {
        var bytes = SmallCheckpoint();

        Assert.Equal(new byte[] { 0x1F, 0x8B, 0x08, 0x00 }, bytes[..4]);
        Assert.Equal(0u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4, 4)));
    }

    [Fact]
    public void BufferWriterGetsSameBytes()
    {
        var destination = new ArrayBufferWriter<byte>();

        SessionSerializer.Suspend(Sample, destination);

        Assert.Equal(SmallCheckpoint(), destination.WrittenSpan.ToArray());
    }

    [Fact]
    public void FrameworkGzipReadsCheckpoint()
    {
        var json = Checkpoints.Gunzip(SmallCheckpoint());

        Assert.StartsWith("""{"version":2,""", json);
    }

    [Fact]
    public void EmptyInputIsCorrupted()
    {
        var error = Assert.Throws<CorruptedSessionException>(() =>
            SessionSerializer.Resume<Meter>(ReadOnlySpan<byte>.Empty, filePath: "/x/session")
        );

        Assert.Equal("The checkpoint '/x/session' is corrupted: the file is empty.", error.Message);
    }

    [Fact]
    public void PlainJsonIsCorrupted()
    {
        var json = Encoding.UTF8.GetBytes("""{"version":2,"session":{}}""");

        var error = Assert.Throws<CorruptedSessionException>(() => SessionSerializer.Resume<Meter>(json));

        Assert.Equal("The checkpoint is corrupted: the data is not gzip (no gzip magic number).", error.Message);
    }

    [Fact]
    public void EveryTruncationIsCorrupted()
    {
        var bytes = SmallCheckpoint();

        for (var length = 0; length < bytes.Length; length++)
        {
            var prefix = bytes[..length];
            var error = Record.Exception(() => SessionSerializer.Resume<Meter>(prefix));
            Assert.IsType<CorruptedSessionException>(error);
        }
    }

    [Fact]
    public void TrailerBitFlipsAreCorrupted()
    {
        var bytes = SmallCheckpoint();

        for (var bit = (bytes.Length - 8) * 8; bit < bytes.Length * 8; bit++)
        {
            var flipped = FlipBit(bytes, bit);
            var error = Record.Exception(() => SessionSerializer.Resume<Meter>(flipped));
            Assert.IsType<CorruptedSessionException>(error);
        }
    }

    [Fact]
    public void BodyBitFlipsAreCorruptedOrHarmless()
    {
        var bytes = SmallCheckpoint();

        // A flip in the padding bits after the last deflate block changes nothing that is read, so such a
        // checkpoint resumes equal. Every other flip must be found.
        for (var bit = 10 * 8; bit < bytes.Length * 8; bit++)
        {
            var flipped = FlipBit(bytes, bit);
            var error = Record.Exception(() =>
            {
                var meter = SessionSerializer.Resume<Meter>(flipped);
                Assert.Equal(7, meter.Reading);
                Assert.Equal("kWh", meter.Unit);
            });
            Assert.True(error is null or CorruptedSessionException, $"bit {bit}: {error}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(100)]
    public void TrailingGarbageIsCorrupted(int count)
    {
        var bytes = SmallCheckpoint().Concat(Enumerable.Repeat((byte)0x5A, count)).ToArray();

        var error = Assert.Throws<CorruptedSessionException>(() => SessionSerializer.Resume<Meter>(bytes));

        Assert.Null(error.JsonPath);
    }

    [Fact]
    public void GarbageEndingInTrailerIsCorrupted()
    {
        // Bytes that end with a copy of the real trailer pass a CRC and length check. Only the check that the
        // deflate data ends where the trailer starts finds them.
        var bytes = SmallCheckpoint();
        var forged = bytes.Concat(new byte[] { 0 }).Concat(bytes[^8..]).ToArray();

        var error = Assert.Throws<CorruptedSessionException>(() => SessionSerializer.Resume<Meter>(forged));

        Assert.Equal("The checkpoint is corrupted: unexpected bytes follow the deflate data.", error.Message);
    }

    [Fact]
    public void SecondMemberIsCorrupted()
    {
        // A first member holding one space: the two members inflate to valid JSON, and the trailer is the
        // second member's.
        var first = Checkpoints.Gzip(" ");
        var bytes = first.Concat(SmallCheckpoint()).ToArray();

        Assert.Throws<CorruptedSessionException>(() => SessionSerializer.Resume<Meter>(bytes));
    }

    [Fact]
    public void BadCrcIsCorrupted()
    {
        var bytes = SmallCheckpoint();
        bytes[^8] ^= 0x01;

        var error = Assert.Throws<CorruptedSessionException>(() => SessionSerializer.Resume<Meter>(bytes));

        Assert.Equal("The checkpoint is corrupted: the gzip CRC-32 does not match the data.", error.Message);
    }

    [Fact]
    public void OptionalHeaderFieldsAccepted()
    {
        // FNAME and FCOMMENT set, as other gzip writers may do.
        var plain = SmallCheckpoint();
        var name = Encoding.ASCII.GetBytes("session\0note\0");
        var header = plain[..10];
        header[3] = 0x18;
        var bytes = header.Concat(name).Concat(plain[10..]).ToArray();

        var meter = SessionSerializer.Resume<Meter>(bytes);

        Assert.Equal(7, meter.Reading);
    }

    [Fact]
    public void DeclaredBombIsCorrupted()
    {
        var bomb = Checkpoints.Gzip(new byte[16 * 1024 * 1024], CompressionLevel.SmallestSize);
        var options = new SessionSerializerOptions { MaxUncompressedBytes = 1024 * 1024 };

        var error = Assert.Throws<CorruptedSessionException>(() => SessionSerializer.Resume<Meter>(bomb, options));

        Assert.Contains("exceeds the limit of 1048576 bytes", error.Message);
    }

    [Fact]
    public void DisguisedBombIsCorrupted()
    {
        // The trailer claims 100 bytes, so only the bounded inflating can catch it.
        var bomb = Checkpoints.Gzip(new byte[16 * 1024 * 1024], CompressionLevel.SmallestSize);
        BinaryPrimitives.WriteUInt32LittleEndian(bomb.AsSpan(bomb.Length - 4), 100);
        var options = new SessionSerializerOptions { MaxUncompressedBytes = 1024 * 1024 };

        var error = Assert.Throws<CorruptedSessionException>(() => SessionSerializer.Resume<Meter>(bomb, options));

        Assert.Contains("exceeds the limit of 1048576 bytes", error.Message);
    }

    [Fact]
    public void BombIsSmall()
    {
        var bomb = Checkpoints.Gzip(new byte[16 * 1024 * 1024], CompressionLevel.SmallestSize);

        Assert.True(bomb.Length < 20 * 1024, $"bomb is {bomb.Length} bytes");
    }

    [Fact]
    public void OversizedSuspendIsRejected()
    {
        var meter = new Meter { Reading = 1, Unit = new string('u', 200) };
        var options = new SessionSerializerOptions { MaxUncompressedBytes = 100 };

        var error = Assert.Throws<SessionSuspendException>(() => SessionSerializer.Suspend(meter, options));

        Assert.Contains("above the limit of 100 bytes", error.Message);
    }

    [Fact]
    public void CheckpointAtLimitResumes()
    {
        var meter = new Meter { Reading = 1, Unit = new string('u', 200) };
        var size = Encoding.UTF8.GetByteCount(Checkpoints.Gunzip(SessionSerializer.Suspend(meter)));
        var exact = new SessionSerializerOptions { MaxUncompressedBytes = size };
        var smaller = new SessionSerializerOptions { MaxUncompressedBytes = size - 1 };

        var copy = SessionSerializer.Resume<Meter>(SessionSerializer.Suspend(meter, exact), exact);

        Assert.Equal(meter.Unit, copy.Unit);
        Assert.Throws<SessionSuspendException>(() => SessionSerializer.Suspend(meter, smaller));
    }

    [Fact]
    public void ManySizesRoundTrip()
    {
        // Sizes around the deflate stream's internal buffer, so the check that the deflate data ends exactly at
        // the trailer is run at many different end positions.
        var random = new Random(42);
        for (var length = 0; length < 20_000; length += 97)
        {
            var unit = RandomText(random, length);

            var copy = SessionSerializer.Resume<Meter>(SessionSerializer.Suspend(new Meter { Unit = unit }));

            Assert.Equal(unit, copy.Unit);
        }
    }

    [Theory]
    [InlineData(CompressionLevel.NoCompression)]
    [InlineData(CompressionLevel.Fastest)]
    [InlineData(CompressionLevel.Optimal)]
    [InlineData(CompressionLevel.SmallestSize)]
    public void LargeCheckpointRoundTrips(CompressionLevel level)
    {
        var unit = RandomText(new Random(7), 3_000_000);
        var options = new SessionSerializerOptions { CompressionLevel = level };

        var copy = SessionSerializer.Resume<Meter>(SessionSerializer.Suspend(new Meter { Unit = unit }, options));

        Assert.Equal(unit, copy.Unit);
    }

    [Theory]
    [InlineData(CompressionLevel.Fastest)]
    [InlineData(CompressionLevel.SmallestSize)]
    public void FrameworkGzipResumes(CompressionLevel level)
    {
        var unit = RandomText(new Random(9), 200_000);
        var json = """{"version":2,"session":{"Reading":1,"Unit":""" + "\"" + unit + "\"}}";

        var copy = SessionSerializer.Resume<Meter>(Checkpoints.Gzip(Encoding.UTF8.GetBytes(json), level));

        Assert.Equal(unit, copy.Unit);
    }

    // Letters from a small alphabet compress partly, so both literal and matched deflate codes occur.
    private static string RandomText(Random random, int length)
    {
        var characters = new char[length];
        for (var i = 0; i < length; i++)
        {
            characters[i] = (char)('a' + random.Next(random.Next(2) == 0 ? 4 : 26));
        }

        return new string(characters);
    }

    private static byte[] FlipBit(byte[] bytes, int bit)
    {
        var copy = (byte[])bytes.Clone();
        copy[bit / 8] ^= (byte)(1 << (bit % 8));
        return copy;
    }
}
