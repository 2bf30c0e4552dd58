using System;
using System.Linq;
using System.Text;
using CsCheck;
using SessionToolkit.Tests.Serialization.States;
using Xunit;

namespace SessionToolkit.Tests.Serialization;

/// <summary>
/// Mutated, truncated and spliced checkpoints never raise anything but the two resume errors. The case count is
/// 2,000 per property, or SESSIONTOOLKIT_FUZZ_CASES.
/// </summary>
public class MutationPropertyTests
{
    private static readonly long Cases = long.TryParse(
        Environment.GetEnvironmentVariable("SESSIONTOOLKIT_FUZZ_CASES"),
        out var configured
    )
        ? configured
        : 2000;

    private static readonly Gen<Meter> GenMeter = Gen.Select(
        Gen.Int,
        Gen.String[Gen.Char.AlphaNumeric, 0, 40],
        Gen.String[Gen.Char.AlphaNumeric, 0, 10].Null(),
        (reading, unit, title) =>
            new Meter
            {
                Reading = reading,
                Unit = unit,
                Title = title,
            }
    );

    private static readonly Gen<byte[]> GenCheckpoint = GenMeter.Select(m => SessionSerializer.Suspend(m));

    // Damage in the gzip layer: truncation, flipped bytes, inserted bytes and splices of two checkpoints.
    private static readonly Gen<byte[]> GenDamagedGzip = Gen.OneOf(
        GenCheckpoint.SelectMany(b => Gen.Int[0, b.Length].Select(n => b[..n])),
        GenCheckpoint.SelectMany(b =>
            Gen.Select(Gen.Int[0, b.Length - 1], Gen.Byte, (i, x) => Replace(b, i, (byte)(b[i] ^ x)))
        ),
        GenCheckpoint.SelectMany(b =>
            Gen.Select(Gen.Int[0, b.Length], Gen.Byte.Array[1, 8], (i, x) => Insert(b, i, x))
        ),
        Gen.Select(GenCheckpoint, GenCheckpoint, Gen.Double[0, 1], Gen.Double[0, 1], Splice)
    );

    // Damage in the JSON under a valid gzip layer, so the envelope and state readers see it.
    private static readonly Gen<byte[]> GenDamagedJson = Gen.Select(
            GenCheckpoint.Select(Checkpoints.Gunzip),
            Gen.Double[0, 1],
            Gen.Double[0, 1],
            Gen.String[Gen.Char["{}[]\":,0123456789.-eE truefalsnul\\"], 0, 6]
        )
        .Select((json, at, cut, insert) => MutateText(json, at, cut, insert));

    [Fact]
    public void DamagedGzipRaisesResumeErrors()
    {
        GenDamagedGzip.Sample(AssertOnlyResumeErrors, iter: Cases, threads: 1);
    }

    [Fact]
    public void DamagedJsonRaisesResumeErrors()
    {
        GenDamagedJson.Sample(AssertOnlyResumeErrors, iter: Cases, threads: 1);
    }

    private static void AssertOnlyResumeErrors(byte[] data)
    {
        var resume = Record.Exception(() => SessionSerializer.Resume<Meter>(data));
        var peek = Record.Exception(() => SessionSerializer.Peek(data));

        Assert.True(resume is null or CorruptedSessionException or IncompatibleSessionException, resume?.ToString());
        Assert.True(peek is null or CorruptedSessionException, peek?.ToString());
    }

    private static byte[] Replace(byte[] bytes, int index, byte value)
    {
        var copy = (byte[])bytes.Clone();
        copy[index] = value;
        return copy;
    }

    private static byte[] Insert(byte[] bytes, int index, byte[] inserted) =>
        bytes[..index].Concat(inserted).Concat(bytes[index..]).ToArray();

    private static byte[] Splice(byte[] first, byte[] second, double cutFirst, double cutSecond) =>
        first[..(int)(first.Length * cutFirst)].Concat(second[(int)(second.Length * cutSecond)..]).ToArray();

    private static byte[] MutateText(string json, double at, double cut, string insert)
    {
        var start = (int)(json.Length * at);
        var length = (int)((json.Length - start) * cut * 0.2);
        var text = json[..start] + insert + json[(start + length)..];
        return Checkpoints.Gzip(Encoding.UTF8.GetBytes(text));
    }
}
