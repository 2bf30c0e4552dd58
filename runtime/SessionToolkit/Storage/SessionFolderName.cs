using System;
using System.Globalization;
using System.Security.Cryptography;

namespace SessionToolkit;

/// <summary>
/// Session folder names: <c>20261204T151200123Z-k3m9q2x7ab4rt6yw.session</c>, a UTC creation time that sorts
/// as text, then 80 random bits from a cryptographic source in base32, so that no other user can predict a name.
/// </summary>
internal static class SessionFolderName
{
    internal const string Suffix = ".session";

    private const string TimeFormat = "yyyyMMdd'T'HHmmssfff'Z'";
    private const string Base32Alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    private const int RandomBytes = 10;

    /// <summary>Creates a new name for a session created at <paramref name="utcNow"/>.</summary>
    internal static string Create(DateTime utcNow)
    {
        var time = utcNow.ToString(TimeFormat, CultureInfo.InvariantCulture);
        return $"{time}-{ToBase32(RandomNumberGenerator.GetBytes(RandomBytes))}{Suffix}";
    }

    /// <summary>Reads the creation time from a name made by <see cref="Create"/>.</summary>
    internal static bool TryGetCreationTime(string name, out DateTime utcTime)
    {
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        var styles = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;
        if (dash > 0)
        {
            return DateTime.TryParseExact(name[..dash], TimeFormat, CultureInfo.InvariantCulture, styles, out utcTime);
        }

        utcTime = default;
        return false;
    }

    private static string ToBase32(ReadOnlySpan<byte> bytes)
    {
        // 10 bytes are 80 bits, exactly 16 five-bit groups, so no padding is needed.
        var text = new char[bytes.Length * 8 / 5];
        var buffer = 0;
        var bits = 0;
        var index = 0;
        foreach (var value in bytes)
        {
            buffer = (buffer << 8) | value;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                text[index++] = Base32Alphabet[(buffer >> bits) & 31];
            }
        }

        return new string(text);
    }
}
