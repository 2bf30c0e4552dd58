using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using SessionToolkit.Tests.Storage;
using Xunit;

namespace SessionToolkit.Tests.Hostile;

/// <summary>
/// A file of about half a MiB that inflates to 512 MiB, past the default limit of 256 MiB, read by every entry
/// point. Each rejects it as corrupted, names the limit, and allocates no more than the limit rounded up to a power
/// of two plus <see cref="Slack"/>: the inflater stops one byte past the limit instead of inflating the rest.
/// </summary>
public sealed class GzipBombTests(ITestOutputHelper output) : IDisposable
{
    private const long InflatedSize = 512L * 1024 * 1024;
    private const long DefaultLimit = 256L * 1024 * 1024;
    private const long SmallLimit = 16L * 1024 * 1024;

    // Room next to the inflate buffer for the file's bytes (read, then copied to an array of their exact size),
    // the inflater's window, the reader's own objects and the exception.
    private const long Slack = 4L * 1024 * 1024;

    private static readonly Lazy<byte[]> Bomb = new(CreateBomb);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void BombIsSmall()
    {
        output.WriteLine($"the bomb has {Bomb.Value.Length} bytes and inflates to {InflatedSize} bytes");

        Assert.True(Bomb.Value.Length < 1024 * 1024, $"the bomb has {Bomb.Value.Length} bytes");
    }

    [Fact]
    public void LoadSessionRejectsBomb()
    {
        var storage = PlantBomb();

        var (error, allocated) = Measure(() => SessionManager<InspectionState>.LoadSession(storage).Dispose());

        AssertLimitFault(error, DefaultLimit);
        Assert.True(allocated <= DefaultLimit + Slack, $"LoadSession allocated {allocated} bytes");
        Assert.Equal(storage.SessionFile, ((CorruptedSessionException)error!).FilePath);
    }

    [Fact]
    public void ScanReportsBomb()
    {
        PlantBomb();
        var repository = new SessionStorageRepository(_temp.Repository);
        var options = new SessionSerializerOptions { MaxUncompressedBytes = SmallLimit };

        SessionScanEntry? entry = null;
        var (error, allocated) = Measure(() => entry = Assert.Single(repository.Scan<InspectionState>(options)));

        Assert.Null(error);
        Assert.Equal(SessionStatus.Corrupted, entry!.Status);
        Assert.Contains($"exceeds the limit of {SmallLimit} bytes", entry.Reason, StringComparison.Ordinal);
        Assert.True(allocated <= SmallLimit + Slack, $"Scan allocated {allocated} bytes");
    }

    [Fact]
    public void InMemoryReadersRejectBomb()
    {
        var options = new SessionSerializerOptions { MaxUncompressedBytes = SmallLimit };

        var resume = Measure(() => SessionSerializer.Resume<InspectionState>(Bomb.Value, options));
        var peek = Measure(() => SessionSerializer.Peek(Bomb.Value, options));
        var tryPeek = Measure(() =>
        {
            Assert.False(SessionSerializer.TryPeek(Bomb.Value, out _, out var error, options));
            throw error;
        });

        foreach (var (error, allocated) in new[] { resume, peek, tryPeek })
        {
            AssertLimitFault(error, SmallLimit);
            Assert.True(allocated <= SmallLimit + Slack, $"a reader allocated {allocated} bytes");
        }
    }

    private SessionStorage PlantBomb()
    {
        var storage = SessionStorage.Create(_temp.Repository);
        File.WriteAllBytes(storage.SessionFile, Bomb.Value);
        return storage;
    }

    private (Exception? Error, long Allocated) Measure(Action read)
    {
        var clock = Stopwatch.StartNew();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Record.Exception(read);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        output.WriteLine($"rejected in {clock.ElapsedMilliseconds} ms, {allocated} bytes allocated");
        return (error, allocated);
    }

    private static void AssertLimitFault(Exception? error, long limit)
    {
        var corrupted = Assert.IsType<CorruptedSessionException>(error);
        Assert.Contains($"exceeds the limit of {limit} bytes", corrupted.Message, StringComparison.Ordinal);
    }

    private static byte[] CreateBomb()
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var written = 0L; written < InflatedSize; written += zeros.Length)
            {
                gzip.Write(zeros);
            }
        }

        return output.ToArray();
    }
}
