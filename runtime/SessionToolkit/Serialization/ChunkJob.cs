using System;
using System.IO.Compression;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace SessionToolkit;

/// <summary>
/// The chunks of one parallel deflate. Threads claim chunks by index from a shared counter: the calling thread
/// claims until none is left, and thread pool threads help when one is free. The caller then waits only for chunks
/// that a helper has claimed and is deflating, never for a helper to start, so a save finishes on the calling
/// thread alone when every pool thread is busy or blocked.
/// </summary>
/// <remarks>
/// Parallel.For waits for the tasks it queued even when they have not started, and a caller outside the thread pool
/// cannot run them itself, so with the pool exhausted it blocked until a pool thread came free.
/// </remarks>
internal sealed class ChunkJob : IThreadPoolWorkItem
{
    private readonly ReadOnlyMemory<byte> _data;
    private readonly int _chunkBytes;
    private readonly CompressionLevel _level;
    private readonly ManualResetEventSlim _allDone = new();
    private int _lastClaimed = -1;
    private int _unfinished;
    private ExceptionDispatchInfo? _firstFailure;

    /// <summary>Prepares <paramref name="count"/> chunks of <paramref name="chunkBytes"/> (the last may be shorter).</summary>
    public ChunkJob(ReadOnlyMemory<byte> data, int chunkBytes, int count, CompressionLevel level)
    {
        _data = data;
        _chunkBytes = chunkBytes;
        _level = level;
        _unfinished = count;
        Outputs = new PooledByteBufferWriter?[count];
    }

    /// <summary>The deflated chunks in input order; each is set once its chunk is claimed.</summary>
    public PooledByteBufferWriter?[] Outputs { get; }

    /// <summary>
    /// Deflates every chunk, with help from up to one pool thread per other core, and returns when all are done.
    /// </summary>
    /// <exception cref="Exception">The first exception a chunk raised, with its original stack trace.</exception>
    public void Run()
    {
        var helpers = Math.Min(Environment.ProcessorCount, Outputs.Length) - 1;
        for (var i = 0; i < helpers; i++)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }

        DeflateClaimedChunks();
        _allDone.Wait();

        // A helper that starts from now on finds no chunk left and touches nothing, so the event can be disposed.
        _allDone.Dispose();
        _firstFailure?.Throw();
    }

    /// <summary>Runs on a pool thread: helps with the chunks that are still unclaimed.</summary>
    void IThreadPoolWorkItem.Execute() => DeflateClaimedChunks();

    private void DeflateClaimedChunks()
    {
        while (true)
        {
            var index = Interlocked.Increment(ref _lastClaimed);
            if (index >= Outputs.Length)
            {
                return;
            }

            try
            {
                DeflateChunk(index);
            }
            catch (Exception exception)
            {
                Interlocked.CompareExchange(ref _firstFailure, ExceptionDispatchInfo.Capture(exception), null);
            }
            finally
            {
                if (Interlocked.Decrement(ref _unfinished) == 0)
                {
                    _allDone.Set();
                }
            }
        }
    }

    private void DeflateChunk(int index)
    {
        var start = index * _chunkBytes;
        var chunk = _data.Slice(start, Math.Min(_chunkBytes, _data.Length - start));
        var output = new PooledByteBufferWriter(chunk.Length / 2);
        Outputs[index] = output;
        ParallelDeflate.DeflateChunk(chunk.Span, output, _level, isLast: index == Outputs.Length - 1);
    }
}
