using System.IO;
using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using SessionToolkit.Benchmarks.State;

namespace SessionToolkit.Benchmarks.Checkpoints;

/// <summary>
/// <c>SessionManager.Checkpoint()</c> of the 1,000-job session against its floor, the atomic save alone of the
/// same compressed bytes, with serialization and compression measured apart at each compression level.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CheckpointBenchmarks
{
    private const int Jobs = 1_000;

    private DirectoryInfo? _root;
    private SessionManager<BenchSession>? _manager;
    private SessionStorage? _floorStorage;
    private PooledByteBufferWriter _json = new();
    private byte[] _checkpoint = [];

    /// <summary>Gzip level of the checkpoint.</summary>
    [Params(
        CompressionLevel.Fastest,
        CompressionLevel.Optimal,
        CompressionLevel.SmallestSize,
        CompressionLevel.NoCompression
    )]
    public CompressionLevel Level { get; set; }

    /// <summary>Creates one session for Checkpoint and one for the floor, in a new temporary folder.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _root = Directory.CreateTempSubdirectory("sessiontoolkit-bench-");
        var options = new SessionSerializerOptions { CompressionLevel = Level };
        var repository = new SessionStorageRepository(_root.FullName);
        _manager = SessionManager<BenchSession>.CreateWithState(
            SessionFactory.Create(Jobs),
            repository,
            options: options
        );

        _checkpoint = SessionSerializer.Suspend(_manager.State, options);
        _floorStorage = SessionStorage.Create(_root.FullName);

        _json = new PooledByteBufferWriter();
        SessionSerializer.SuspendJson(_manager.State, _json, options);
    }

    /// <summary>Removes the temporary folder.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _manager?.Dispose();
        _json.Dispose();
        _root?.Delete(recursive: true);
    }

    /// <summary>The floor: exclusive create, write, fsync, rename and folder fsync of the compressed bytes.</summary>
    [Benchmark(Baseline = true, Description = "Atomic save (floor)")]
    public void SaveCheckpoint() => _floorStorage!.SaveCheckpoint(_checkpoint);

    /// <summary>Serialize, compress and save, end to end.</summary>
    [Benchmark(Description = "Checkpoint()")]
    public void Checkpoint() => _manager!.Checkpoint();

    /// <summary>The serialize step alone: the envelope JSON into a buffer rented from the array pool.</summary>
    [Benchmark(Description = "Serialize only")]
    public int Serialize()
    {
        var buffer = new PooledByteBufferWriter(_json.WrittenCount);
        SessionSerializer.SuspendJson(_manager!.State, buffer);
        var count = buffer.WrittenCount;
        buffer.Dispose();
        return count;
    }

    /// <summary>The compress step alone: gzip of the envelope JSON at <see cref="Level"/>.</summary>
    [Benchmark(Description = "Gzip only")]
    public int Compress()
    {
        var buffer = new PooledByteBufferWriter(_checkpoint.Length);
        CheckpointGzip.Compress(_json.WrittenMemory, buffer, Level);
        var count = buffer.WrittenCount;
        buffer.Dispose();
        return count;
    }

    /// <summary>
    /// The compress step as one deflate stream on one core, as checkpoints were compressed before large ones
    /// were split into chunks: the baseline of the parallel "Gzip only" row.
    /// </summary>
    [Benchmark(Description = "Gzip, one stream")]
    public int CompressOneStream()
    {
        var buffer = new PooledByteBufferWriter(_checkpoint.Length);
        CheckpointGzip.Compress(_json.WrittenMemory, buffer, Level, chunkBytes: int.MaxValue);
        var count = buffer.WrittenCount;
        buffer.Dispose();
        return count;
    }
}
