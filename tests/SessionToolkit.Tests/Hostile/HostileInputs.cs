using System.IO.Compression;
using System.Linq;
using CsCheck;
using SessionToolkit.Tests.Serialization;

namespace SessionToolkit.Tests.Hostile;

/// <summary>CsCheck generators of damaged checkpoints, one per layer of the format.</summary>
internal static class HostileInputs
{
    private static readonly Gen<GzipMutation> GzipMutations = Gen.Select(
        Gen.Enum<GzipMutationKind>(),
        Gen.Double[0, 1],
        Gen.Int[0, int.MaxValue],
        (kind, position, choice) => new GzipMutation(kind, position, choice)
    );

    private static readonly Gen<JsonMutation> JsonMutations = Gen.Select(
        Gen.Enum<JsonMutationKind>(),
        Gen.Double[0, 1],
        Gen.Int[0, int.MaxValue],
        (kind, position, choice) => new JsonMutation(kind, position, choice)
    );

    /// <summary>
    /// Damage in the gzip layer: one to three mutations of the file's bytes, or the front of one checkpoint
    /// joined to the back of another.
    /// </summary>
    public static readonly Gen<byte[]> DamagedGzip = Gen.Frequency(
        (
            9,
            Gen.Select(InspectionGen.Checkpoint, GzipMutations.Array[1, 3], (checkpoint, mutations) =>
                mutations.Aggregate(checkpoint, (bytes, mutation) => mutation.Apply(bytes))
            )
        ),
        (1, Gen.Select(InspectionGen.Checkpoint, InspectionGen.Checkpoint, Gen.Double[0, 1], Gen.Double[0, 1], Splice))
    );

    /// <summary>
    /// Damage in the JSON under an intact gzip layer: one to three mutations of the envelope's JSON, compressed
    /// again by the framework's gzip writer, so that the envelope and state readers meet every change.
    /// </summary>
    public static readonly Gen<byte[]> DamagedJson = Gen.Select(
        InspectionGen.Checkpoint,
        JsonMutations.Array[1, 3],
        (checkpoint, mutations) =>
        {
            var json = System.Text.Encoding.UTF8.GetBytes(Checkpoints.Gunzip(checkpoint));
            return Checkpoints.Gzip(JsonMutation.ApplyAll(json, mutations), CompressionLevel.Fastest);
        }
    );

    private static byte[] Splice(byte[] first, byte[] second, double cutFirst, double cutSecond) =>
        [.. first[..(int)(first.Length * cutFirst)], .. second[(int)(second.Length * cutSecond)..]];
}
