using System;
using System.Collections.Generic;
using System.IO;
using SessionToolkit.Tests.Storage;
using Xunit;

namespace SessionToolkit.Tests.Hostile;

/// <summary>
/// Reads one input through every entry point that takes checkpoint bytes: Resume, Peek and TryPeek in memory,
/// and, from a real <c>session</c> file, Scan, Scan&lt;T&gt; and SessionManager.LoadSession. Checks that each
/// raises only the resume errors, that they agree with each other, and that the whole case stays within
/// <see cref="AllocationBound"/> bytes of allocation.
/// </summary>
internal sealed class ReadingProbe : IDisposable
{
    /// <summary>
    /// Bytes one case may allocate on its thread across all six readers (GC allocation counter). The inputs
    /// are at most a few KiB compressed and about 150 KiB of JSON, so the bound is far above what a correct
    /// read needs and far below what an unbounded inflate or a runaway parse would take.
    /// </summary>
    public const long AllocationBound = 16 * 1024 * 1024;

    private readonly TempFolder _temp = new();
    private readonly SessionStorage _storage;
    private readonly SessionStorageRepository _repository;

    public ReadingProbe()
    {
        _storage = SessionStorage.Create(_temp.Repository);
        _repository = new SessionStorageRepository(_temp.Repository);
    }

    /// <summary>Maximum number of bytes one case allocated so far.</summary>
    public long MaxAllocated { get; private set; }

    /// <summary>Number of inputs that resumed, which shows how much of the input passed every check.</summary>
    public int Resumed { get; private set; }

    public void Dispose() => _temp.Dispose();

    /// <summary>Checks one input and returns its class for the CsCheck summary.</summary>
    public string Check(byte[] data)
    {
        File.WriteAllBytes(_storage.SessionFile, data);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var outcome = ReadEveryWay(data);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        MaxAllocated = Math.Max(MaxAllocated, allocated);
        Assert.True(
            allocated <= AllocationBound,
            $"reading {data.Length} bytes allocated {allocated} bytes, more than the bound of {AllocationBound}"
        );
        outcome.AssertConsistent(data.Length == 0);
        if (outcome.Resume is null)
        {
            Resumed++;
        }

        return outcome.Class;
    }

    private Outcome ReadEveryWay(byte[] data)
    {
        var file = _storage.SessionFile;
        InspectionState? resumed = null;
        var resume = Record.Exception(() => resumed = SessionSerializer.Resume<InspectionState>(data, filePath: file));

        // Whatever Resume accepts must be writable again, or the next checkpoint of a loaded session would fail.
        byte[]? resumedBytes = null;
        var resave = resumed is null ? null : Record.Exception(() => resumedBytes = SessionSerializer.Suspend(resumed));
        Assert.True(resave is null, $"the resumed state could not be written back: {resave}");
        var peek = Record.Exception(() => SessionSerializer.Peek(data, filePath: file));
        var tryPeek = SessionSerializer.TryPeek(data, out var peeked, out var tryPeekError, filePath: file);

        IReadOnlyList<SessionScanEntry> scan = [];
        IReadOnlyList<SessionScanEntry> typedScan = [];
        var scanError = Record.Exception(() => scan = _repository.Scan());
        scanError ??= Record.Exception(() => typedScan = _repository.Scan<InspectionState>());
        Assert.True(scanError is null, $"Scan threw: {scanError}");

        byte[]? loadedBytes = null;
        var load = Record.Exception(() =>
        {
            using var manager = SessionManager<InspectionState>.LoadSession(_storage);
            loadedBytes = SessionSerializer.Suspend(manager.State);
        });

        return new Outcome(
            resume,
            peek,
            tryPeek,
            peeked,
            tryPeekError,
            Assert.Single(scan),
            Assert.Single(typedScan),
            load
        )
        {
            ResumedBytes = resumedBytes,
            LoadedBytes = loadedBytes,
        };
    }

    private sealed record Outcome(
        Exception? Resume,
        Exception? Peek,
        bool TryPeekSucceeded,
        SessionPeekResult? Peeked,
        CorruptedSessionException? TryPeekError,
        SessionScanEntry Scan,
        SessionScanEntry TypedScan,
        Exception? Load
    )
    {
        public byte[]? ResumedBytes { get; init; }

        public byte[]? LoadedBytes { get; init; }

        public string Class =>
            Resume switch
            {
                null => "resumed",
                IncompatibleSessionException => "incompatible",
                _ when TypedScan.Status == SessionStatus.Resumable => "corrupted inside the session",
                _ => "corrupted",
            };

        public void AssertConsistent(bool emptyFile)
        {
            AssertOnlyResumeErrors();
            AssertPeekAgrees();
            AssertScanAgrees(emptyFile);
            AssertLoadAgrees(emptyFile);
        }

        private void AssertOnlyResumeErrors()
        {
            Assert.True(
                Resume is null or CorruptedSessionException or IncompatibleSessionException,
                $"Resume: {Resume}"
            );
            Assert.True(Peek is null or CorruptedSessionException, $"Peek: {Peek}");
            Assert.True(Load is null or CorruptedSessionException or IncompatibleSessionException, $"Load: {Load}");
        }

        private void AssertPeekAgrees()
        {
            Assert.Equal(Peek is null, TryPeekSucceeded);
            Assert.Equal(Peek?.Message, TryPeekError?.Message);
            if (Resume is null)
            {
                Assert.Null(Peek);
            }
        }

        private void AssertScanAgrees(bool emptyFile)
        {
            Assert.Contains(Scan.Status, new[] { SessionStatus.Resumable, SessionStatus.Corrupted });
            Assert.Contains(
                TypedScan.Status,
                new[] { SessionStatus.Resumable, SessionStatus.Corrupted, SessionStatus.Incompatible }
            );

            // A head that Peek rejects fails the listing's whole-document check in the same place.
            if (Peek is not null && !emptyFile)
            {
                Assert.Equal(SessionStatus.Corrupted, Scan.Status);
                Assert.Equal(Peek.Message, Scan.Reason);
            }

            if (Scan.Status == SessionStatus.Corrupted)
            {
                Assert.Equal(SessionStatus.Corrupted, TypedScan.Status);
                Assert.Equal(Scan.Reason, TypedScan.Reason);
            }

            // The typed listing never promises more than Resume keeps, nor hides what Resume finds.
            Assert.True(
                Resume is IncompatibleSessionException == (TypedScan.Status == SessionStatus.Incompatible),
                $"Resume: {Resume?.Message}; Scan<T>: {TypedScan.Status} {TypedScan.Reason}"
            );
            if (TypedScan.Status == SessionStatus.Corrupted)
            {
                Assert.IsType<CorruptedSessionException>(Resume);
            }

            if (Resume is null)
            {
                Assert.Equal(SessionStatus.Resumable, Scan.Status);
                Assert.Equal(SessionStatus.Resumable, TypedScan.Status);
                Assert.Equal(Peeked!.Version, TypedScan.Version);
                Assert.Equal(Peeked.TypeId, TypedScan.TypeId);
            }
        }

        private void AssertLoadAgrees(bool emptyFile)
        {
            Assert.Equal(Resume?.GetType(), Load?.GetType());
            if (!emptyFile)
            {
                Assert.Equal(Resume?.Message, Load?.Message);
            }

            if (Resume is null)
            {
                Assert.Equal(ResumedBytes, LoadedBytes);
            }
        }
    }
}
