using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SessionToolkit.Tests.Hostile;

/// <summary>
/// Raw JSON put in place of a value. The list has numbers at and past every integer and floating range, strings
/// that the value parsers reject, escapes of lone surrogates, and bytes that are not UTF-8. It also has wrong
/// containers, discriminators, values nested past the depth limit and large values. Some entries are not JSON.
/// </summary>
internal static class HostileValues
{
    private static readonly string[] Texts =
    [
        "0",
        "-1",
        "1",
        "2",
        "3",
        "255",
        "256",
        "65536",
        "2147483647",
        "2147483648",
        "-2147483649",
        "9223372036854775808",
        "-9223372036854775809",
        "18446744073709551616",
        "79228162514264337593543950336",
        "1e400",
        "-1e400",
        "1E-400",
        "3.5e38",
        "65520",
        "0.5",
        "-0",
        "1.0",
        "NaN",
        "01",
        "+1",
        "\"\"",
        "\"x\"",
        "\"ab\"",
        "\"NaN\"",
        "\"Infinity\"",
        "\"-Infinity\"",
        "\"7\"",
        "\"\\u0000\"",
        "\"\\uD800\"",
        "\"\\uDC00\\uD800\"",
        "\"\\u00e9\\u65e5\"",
        "\"\\x\"",
        "\"not-a-guid\"",
        "\"00000000-0000-0000-0000-000000000000\"",
        "\"2026-13-45\"",
        "\"2026-02-29\"",
        "\"9999-12-31T23:59:59.9999999+14:00\"",
        "\"0001-01-01T00:00:00-14:00\"",
        "\"10675199.02:48:05.4775808\"",
        "\"-10675199.02:48:05.4775809\"",
        "\"http://[::1\"",
        "\"::\"",
        "\"!!!\"",
        "\"AAE\"",
        "\"AAEC\"",
        "\"Pass\"",
        "\"pass\"",
        "\"Crash \"",
        "\"Pass,Fail\"",
        "\"circle\"",
        "true",
        "false",
        "null",
        "{}",
        "[]",
        "[null]",
        "[[]]",
        "{\"\":null}",
        "{\"$type\":\"nope\"}",
        "{\"$type\":\"circle\",\"Radius\":1}",
        "{\"$type\":\"rounded\",\"Side\":\"x\"}",
        "{\"$type\":null}",
        "{\"$type\":1}",
        "{\"Radius\":1,\"$type\":\"circle\"}",
        "[1,2,3]",
        "[1]",
        "[1,2]",
        "[\"a\",\"b\"]",
        "{\"a\":1,\"a\":2}",
        "tru",
        "nul",
        "[1,]",
        "{\"a\"}",
        "\"unterminated",
        "]",
        "}",
    ];

    /// <summary>Every hostile value as bytes.</summary>
    public static IReadOnlyList<byte[]> All { get; } = Build();

    private static List<byte[]> Build()
    {
        var values = Texts.Select(text => Encoding.UTF8.GetBytes(text)).ToList();

        // Bytes that are not UTF-8: a lone continuation byte, an overlong NUL, an encoded surrogate, a cut
        // sequence, and an unescaped control character.
        values.Add([(byte)'"', 0xFF, 0xFE, (byte)'"']);
        values.Add([(byte)'"', 0xC0, 0x80, (byte)'"']);
        values.Add([(byte)'"', 0xED, 0xA0, 0x80, (byte)'"']);
        values.Add([(byte)'"', 0xE2, 0x82, (byte)'"']);
        values.Add([(byte)'"', (byte)'a', 0x01, (byte)'"']);

        // Nesting at and past the default depth limit of 64, and far past it without an end.
        values.Add(Encoding.ASCII.GetBytes(new string('[', 70) + new string(']', 70)));
        values.Add(
            Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 70)) + "1" + new string('}', 70))
        );
        values.Add(Encoding.ASCII.GetBytes(new string('[', 5000)));

        // Large values: a long string, a long number and a long array.
        values.Add(Encoding.ASCII.GetBytes("\"" + new string('a', 100_000) + "\""));
        values.Add(Encoding.ASCII.GetBytes("1" + new string('0', 5000)));
        values.Add(Encoding.ASCII.GetBytes("[" + string.Join(',', Enumerable.Repeat("0", 20_000)) + "]"));
        return values;
    }
}
