using System.IO;
using SessionToolkit.Tests.Sessions;
using SessionToolkit.Tests.Storage;
using Xunit;

namespace SessionToolkit.Tests.Hardening;

/// <summary>
/// A sparse <c>session</c> file of gigabytes costs no disk space, so a damaged or planted one must be rejected
/// from its size instead of being read into memory.
/// </summary>
public sealed class OversizedCheckpointTests : System.IDisposable
{
    // The file size, and the limit for the default MaxUncompressedBytes of 256 MiB: 256 MiB + 64 MiB + 256 KiB.
    private const long SparseSize = 3L * 1024 * 1024 * 1024;
    private const long DefaultLimit = 335_806_464;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ScanReportsHugeFileCorrupted()
    {
        var storage = SparseCheckpoint();

        var entry = Assert.Single(new SessionStorageRepository(_temp.Repository).Scan());

        Assert.Equal(SessionStatus.Corrupted, entry.Status);
        Assert.Equal(
            $"The checkpoint file '{storage.SessionFile}' has {SparseSize} bytes, more than the limit of {DefaultLimit} bytes.",
            entry.Reason
        );
    }

    [Fact]
    public void LoadSessionRejectsHugeFile()
    {
        var storage = SparseCheckpoint();

        var error = Assert.Throws<CorruptedSessionException>(() => SessionManager<JobState>.LoadSession(storage));

        Assert.Equal(storage.SessionFile, error.FilePath);
    }

    [Fact]
    public void LoadCheckpointHonoursLimit()
    {
        var storage = SessionStorage.Create(_temp.Repository);
        storage.SaveCheckpoint([1, 2, 3, 4]);

        var error = Assert.Throws<CorruptedSessionException>(() => storage.LoadCheckpoint(maxBytes: 3));

        Assert.Equal(
            $"The checkpoint file '{storage.SessionFile}' has 4 bytes, more than the limit of 3 bytes.",
            error.Message
        );
    }

    private SessionStorage SparseCheckpoint()
    {
        var storage = SessionStorage.Create(_temp.Repository);
        using (var file = File.Create(storage.SessionFile))
        {
            file.SetLength(SparseSize);
        }

        return storage;
    }
}
