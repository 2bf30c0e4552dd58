using System;
using System.Buffers.Binary;
using System.Security.Cryptography;

namespace SessionToolkit.CrashWriter;

/// <summary>
/// A self-checking checkpoint payload: 4 bytes of total length (little endian), a SHA-256 of the content, then
/// random content. A torn or mixed file fails <see cref="IsIntact"/>.
/// </summary>
public static class Payload
{
    private const int HeaderLength = 4 + 32;

    /// <summary>Creates a payload of <paramref name="length"/> bytes in total.</summary>
    public static byte[] Create(int length)
    {
        var payload = new byte[length];
        BinaryPrimitives.WriteInt32LittleEndian(payload, length);
        RandomNumberGenerator.Fill(payload.AsSpan(HeaderLength));
        SHA256.HashData(payload.AsSpan(HeaderLength), payload.AsSpan(4, 32));
        return payload;
    }

    /// <summary>Checks the recorded length and content hash.</summary>
    public static bool IsIntact(ReadOnlySpan<byte> payload)
    {
        if (payload.Length < HeaderLength || BinaryPrimitives.ReadInt32LittleEndian(payload) != payload.Length)
        {
            return false;
        }

        return SHA256.HashData(payload[HeaderLength..]).AsSpan().SequenceEqual(payload.Slice(4, 32));
    }
}
