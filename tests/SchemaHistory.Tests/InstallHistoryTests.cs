using System;
using System.IO;
using System.Linq;
using SessionToolkit;
using SessionToolkit.Tests.Infrastructure;
using Xunit;

namespace SchemaHistory.Tests;

/// <summary>Version 3 of InstallState resumes what versions 1 and 2 wrote, and every recorded version replays.</summary>
public class InstallHistoryTests
{
    private const string InstallStateTypeId = "SchemaHistory.InstallState";

    private static readonly string Sample = Path.Combine(SharedData.RepositoryRoot, "samples", "SchemaHistory");

    private static readonly SessionSchema Schema = SessionSchema.Load(Path.Combine(Sample, "SessionSchema.json"));

    private static InstallState Resume(string file) =>
        SessionSerializer.Resume<InstallState>(File.ReadAllBytes(Path.Combine(Sample, "checkpoints", file)));

    [Fact]
    public void Version1CheckpointResumes()
    {
        var state = Resume("install-v1.session");

        Assert.Equal("nightly-tools 2.4", state.Package);
        Assert.Equal(["download", "verify"], state.DoneSteps);
        Assert.Equal(TimeSpan.FromSeconds(90), state.Timeout);
        Assert.Null(state.Mirror);
    }

    [Fact]
    public void Version2CheckpointResumes()
    {
        var state = Resume("install-v2.session");

        Assert.Equal("nightly-tools 2.5", state.Package);
        Assert.Equal(["download"], state.DoneSteps);
        Assert.Equal(TimeSpan.FromSeconds(120), state.Timeout);
        Assert.Null(state.Mirror);
    }

    [Fact]
    public void OldCheckpointsAreThoseVersions()
    {
        var versions = new[] { "install-v1.session", "install-v2.session" }.Select(f =>
            SessionSerializer.Peek(File.ReadAllBytes(Path.Combine(Sample, "checkpoints", f))).Version
        );

        Assert.Equal([1, 2], versions);
    }

    [Fact]
    public void SchemaRecordsThreeVersions()
    {
        Assert.Equal(["SchemaHistory.InstallState"], Schema.TypeIds);
        Assert.Equal([1, 2, 3], Schema.GetVersions(InstallStateTypeId));
    }

    [Fact]
    public void GoldenCheckpointsReplay()
    {
        var report = GoldenCheckpoints.Replay<InstallState>(Schema);

        Assert.True(report.Succeeded, report.ToString());
        Assert.Equal([1, 2, 3], report.Results.Select(r => r.Version));
    }

    [Fact]
    public void GoldenVersion1FollowsRename()
    {
        var version1 = GoldenCheckpoints.Replay<InstallState>(Schema).Results[0].State!;

        // The sample of a string is its member's name, and the sample of the int 'timeout' is 1 (seconds).
        Assert.Equal("title", version1.Package);
        Assert.Equal(["done_steps"], version1.DoneSteps);
        Assert.Equal(TimeSpan.FromSeconds(1), version1.Timeout);
    }

    [Fact]
    public void CommittedCheckpointsReplay()
    {
        var files = Directory.GetFiles(Path.Combine(Sample, "checkpoints"), "*.session").Order(StringComparer.Ordinal);

        var report = GoldenCheckpoints.ReplayFiles<InstallState>(Schema, files);

        Assert.True(report.Succeeded, report.ToString());
        Assert.Equal(2, report.Results.Count);
    }
}
