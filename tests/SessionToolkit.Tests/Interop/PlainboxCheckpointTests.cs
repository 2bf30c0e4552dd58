using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using SessionToolkit.Tests.Infrastructure;
using Xunit;

namespace SessionToolkit.Tests.Interop;

/// <summary>Resumes a checkpoint that plainbox itself wrote (three jobs, suspend format version 11).</summary>
public class PlainboxCheckpointTests
{
    private const string CheckpointPath = "data/plainbox/plainbox-v11-3-jobs-memory.session";

    private static PlainboxSession Load()
    {
        var bytes = File.ReadAllBytes(SharedData.RequireFile(CheckpointPath));
        return SessionSerializer.Resume<PlainboxSession>(bytes, filePath: CheckpointPath);
    }

    [Fact]
    public void PeekReadsVersionWithoutType()
    {
        var peek = SessionSerializer.Peek(File.ReadAllBytes(SharedData.RequireFile(CheckpointPath)));

        Assert.Equal(11, peek.Version);
        Assert.Null(peek.TypeId);
        Assert.Empty(peek.Metadata);
    }

    [Fact]
    public void JobListsAndChecksums()
    {
        var session = Load();

        Assert.Equal(["com.example::job-0", "com.example::job-1", "com.example::job-2"], session.DesiredJobList);
        Assert.Empty(session.MandatoryJobList);
        Assert.Equal(3, session.Jobs.Count);
        Assert.Equal(
            "3c3f89fdae2d6fcad757f7d50fd933ce0edbe6aff3e9fa535bdea4a7c67e6876",
            session.Jobs["com.example::job-0"]
        );
        Assert.Equal(
            "5a3425a005b842327f42869e15775b591e1d321fccb364b241573122719d7dc9",
            session.Jobs["com.example::job-1"]
        );
        Assert.Equal(
            "93e10bae1d1c9a2859a4a67587eaa3420a12688b508a2e560c87600ea9d5015c",
            session.Jobs["com.example::job-2"]
        );
        Assert.Equal(JsonValueKind.Object, session.SystemInformation.ValueKind);
        Assert.Empty(session.SystemInformation.EnumerateObject());
    }

    [Fact]
    public void Metadata()
    {
        var metadata = Load().Metadata;

        Assert.Equal("{\"launcher\": \"x\"}", Encoding.UTF8.GetString(metadata.AppBlob!));
        Assert.Equal("com.example.app", metadata.AppId);
        Assert.False(metadata.CustomJoblist);
        Assert.Equal(["bootstrapping", "incomplete"], metadata.Flags);
        Assert.Null(metadata.LastJobStartTime);
        Assert.Empty(metadata.RejectedJobs);
        Assert.False(metadata.RemainingTodoJobs);
        Assert.Equal("com.example::job-2", metadata.RunningJobName);
        Assert.Equal("Smoke tests", metadata.Title);
    }

    [Theory]
    [InlineData(0, "fail", 1, 0.5, 0.0)]
    [InlineData(1, "pass", 0, 0.501, 0.01)]
    [InlineData(2, "pass", 0, 0.502, 0.02)]
    public void Results(int job, string outcome, int returnCode, double duration, double stdoutDelay)
    {
        var results = Load().Results[$"com.example::job-{job}"];

        var result = Assert.Single(results);
        Assert.Null(result.Comments);
        Assert.Equal(duration, result.ExecutionDuration);
        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(returnCode, result.ReturnCode);
        Assert.Equal(2, result.IoLog.Count);
        Assert.Equal(stdoutDelay, result.IoLog[0].Delay);
        Assert.Equal("stdout", result.IoLog[0].Stream);
        Assert.Equal($"line {job}\n", Encoding.UTF8.GetString(result.IoLog[0].Data));
        Assert.Equal(0.02, result.IoLog[1].Delay);
        Assert.Equal("stderr", result.IoLog[1].Stream);
        Assert.Equal(new byte[] { 0x00, 0xFF, (byte)'b', (byte)'i', (byte)'n' }, result.IoLog[1].Data);
    }

    [Fact]
    public void SuspendAndResumeKeepEveryValue()
    {
        var original = Load();

        var copy = SessionSerializer.Resume<PlainboxSession>(SessionSerializer.Suspend(original));

        Assert.Equal(original.DesiredJobList, copy.DesiredJobList);
        Assert.Equal(original.Jobs, copy.Jobs);
        Assert.Equal(original.MandatoryJobList, copy.MandatoryJobList);
        Assert.Equal(original.Metadata.AppBlob, copy.Metadata.AppBlob);
        Assert.Equal(original.Metadata.AppId, copy.Metadata.AppId);
        Assert.Equal(original.Metadata.Flags, copy.Metadata.Flags);
        Assert.Equal(original.Metadata.RunningJobName, copy.Metadata.RunningJobName);
        Assert.Equal(original.Metadata.Title, copy.Metadata.Title);
        Assert.Equal(original.Metadata.LastJobStartTime, copy.Metadata.LastJobStartTime);
        Assert.Equal(original.Results.Keys.Order(), copy.Results.Keys.Order());
        foreach (var (job, results) in original.Results)
        {
            var left = Assert.Single(results);
            var right = Assert.Single(copy.Results[job]);
            Assert.Equal(left.Outcome, right.Outcome);
            Assert.Equal(left.ReturnCode, right.ReturnCode);
            Assert.Equal(left.ExecutionDuration, right.ExecutionDuration);
            Assert.Equal(left.Comments, right.Comments);
            Assert.Equal(left.IoLog.Select(r => (r.Delay, r.Stream)), right.IoLog.Select(r => (r.Delay, r.Stream)));
            Assert.Equal(left.IoLog.Select(r => r.Data), right.IoLog.Select(r => r.Data));
        }

        Assert.Equal(original.SystemInformation.GetRawText(), copy.SystemInformation.GetRawText());
    }
}
