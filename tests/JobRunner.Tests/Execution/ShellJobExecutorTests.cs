using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using JobRunner.Execution;
using JobRunner.Tests.Infrastructure;
using Xunit;

namespace JobRunner.Tests.Execution;

public class ShellJobExecutorTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private readonly string _share = Jobs.TempFolder();

    private Task<JobResult> RunAsync(
        string command,
        IIoLogSink sink,
        TimeSpan? timeout = null,
        Dictionary<string, string>? environment = null,
        string[]? environ = null,
        CancellationToken? cancellationToken = null
    )
    {
        var executor = new ShellJobExecutor(environment ?? new Dictionary<string, string>());
        var job = Jobs.Shell(command, environ: environ ?? []);
        var token = cancellationToken ?? TestContext.Current.CancellationToken;
        return executor.RunAsync(job, sink, _share, timeout ?? Generous, token);
    }

    [Fact]
    public async Task ExitZeroPasses()
    {
        var result = await RunAsync("true", new RecordingSink());

        Assert.Equal(JobOutcome.Pass, result.Outcome);
        Assert.Equal(0, result.ReturnCode);
        Assert.Null(result.Reason);
    }

    [Fact]
    public async Task NonZeroExitFails()
    {
        var result = await RunAsync("exit 3", new RecordingSink());

        Assert.Equal(JobOutcome.Fail, result.Outcome);
        Assert.Equal(3, result.ReturnCode);
    }

    [Fact]
    public async Task StdoutRecordsPerLine()
    {
        var sink = new RecordingSink();

        await RunAsync("printf 'one\\ntwo\\n'", sink);

        Assert.Equal(2, sink.Records.Count);
        Assert.Equal("one\n", Encoding.UTF8.GetString(sink.Records[0].Data.Span));
        Assert.Equal("two\n", Encoding.UTF8.GetString(sink.Records[1].Data.Span));
        Assert.All(sink.Records, record => Assert.Equal("stdout", record.Stream));
    }

    [Fact]
    public async Task StderrIsItsOwnStream()
    {
        var sink = new RecordingSink();

        await RunAsync("echo out; echo err >&2", sink);

        Assert.Equal("out\n", sink.Text("stdout"));
        Assert.Equal("err\n", sink.Text("stderr"));
    }

    [Fact]
    public async Task OffsetsDoNotDecrease()
    {
        var sink = new RecordingSink();

        await RunAsync("echo a; sleep 0.2; echo b", sink);

        Assert.Equal(2, sink.Records.Count);
        Assert.True(sink.Records[0].Offset >= 0);
        Assert.True(sink.Records[1].Offset >= sink.Records[0].Offset);
    }

    [Fact]
    public async Task LastLineWithoutNewline()
    {
        var sink = new RecordingSink();

        await RunAsync("printf 'a\\nrest'", sink);

        Assert.Equal(["a\n", "rest"], sink.Records.Select(r => Encoding.UTF8.GetString(r.Data.Span)));
    }

    [Fact]
    public async Task LongLineIsSplit()
    {
        var sink = new RecordingSink();

        await RunAsync("head -c 150000 /dev/zero | tr '\\0' x", sink);

        Assert.Equal([65536, 65536, 18928], sink.Records.Select(r => r.Data.Length));
    }

    [Fact]
    public async Task BinaryBytesAreKept()
    {
        var sink = new RecordingSink();

        await RunAsync("printf '\\000\\377bin'", sink);

        Assert.Equal(new byte[] { 0, 255, (byte)'b', (byte)'i', (byte)'n' }, sink.Records.Single().Data.ToArray());
    }

    [Fact]
    public async Task StdinIsClosed()
    {
        var result = await RunAsync("read -r line", new RecordingSink());

        Assert.Equal(JobOutcome.Fail, result.Outcome);
    }

    [Fact]
    public async Task SessionShareIsSetAndCurrent()
    {
        var sink = new RecordingSink();

        await RunAsync("echo \"$PLAINBOX_SESSION_SHARE\"; pwd", sink);

        Assert.Equal($"{_share}\n{_share}\n", sink.Text("stdout"));
    }

    [Fact]
    public async Task EnvironPassesNamedVariables()
    {
        var sink = new RecordingSink();
        var runner = new Dictionary<string, string> { ["WANTED"] = "yes", ["UNWANTED"] = "no" };

        await RunAsync("echo \"${WANTED-unset} ${UNWANTED-unset}\"", sink, environment: runner, environ: ["WANTED"]);

        Assert.Equal("yes unset\n", sink.Text("stdout"));
    }

    [Fact]
    public async Task JobIdVariableIsSet()
    {
        var sink = new RecordingSink();

        await RunAsync("echo \"$JOBRUNNER_JOB_ID\"", sink);

        Assert.Equal("test::job\n", sink.Text("stdout"));
    }

    [Fact]
    public async Task TimeoutFailsWithReason()
    {
        var result = await RunAsync("sleep 30", new RecordingSink(), TimeSpan.FromSeconds(0.5));

        Assert.Equal(JobOutcome.Fail, result.Outcome);
        Assert.Null(result.ReturnCode);
        Assert.Equal("timed out after 0.5 s", result.Reason);
    }

    [Fact]
    public async Task TimeoutKillsProcessGroup()
    {
        var pidFile = Path.Combine(_share, "child.pid");

        var result = await RunAsync(
            $"sleep 60 & echo $! > '{pidFile}'; wait",
            new RecordingSink(),
            TimeSpan.FromSeconds(0.5)
        );

        Assert.Equal("timed out after 0.5 s", result.Reason);
        Assert.False(await ProcessWatch.IsAliveAfterReapAsync(int.Parse(File.ReadAllText(pidFile).Trim())));
    }

    [Fact]
    public async Task TimeoutKillsReparentedChild()
    {
        var pidFile = Path.Combine(_share, "child.pid");

        // The subshell exits at once, so the sleep is no longer bash's descendant but stays in its group, and
        // only killing the group reaches it. Its output goes to /dev/null so that it keeps no pipe open.
        var result = await RunAsync(
            $"(sleep 60 >/dev/null 2>&1 & echo $! > '{pidFile}'); sleep 30",
            new RecordingSink(),
            TimeSpan.FromSeconds(0.5)
        );

        Assert.Equal("timed out after 0.5 s", result.Reason);
        Assert.False(await ProcessWatch.IsAliveAfterReapAsync(int.Parse(File.ReadAllText(pidFile).Trim())));
    }

    [Fact]
    public async Task CancellationKillsGroupAndThrows()
    {
        var pidFile = Path.Combine(_share, "child.pid");
        using var cancellation = new CancellationTokenSource();
        var sink = new CancelOnFirstRecord(cancellation);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            RunAsync(
                $"sleep 60 & echo $! > '{pidFile}'; echo started; wait",
                sink,
                cancellationToken: cancellation.Token
            )
        );

        Assert.False(await ProcessWatch.IsAliveAfterReapAsync(int.Parse(File.ReadAllText(pidFile).Trim())));
    }

    [Fact]
    public async Task LeftoverChildDoesNotHang()
    {
        var pidFile = Path.Combine(_share, "child.pid");

        var result = await RunAsync($"sleep 60 & echo $! > '{pidFile}'; exit 0", new RecordingSink());

        Assert.Equal(JobOutcome.Pass, result.Outcome);
        Assert.False(await ProcessWatch.IsAliveAfterReapAsync(int.Parse(File.ReadAllText(pidFile).Trim())));
    }

    [Fact]
    public void TimeoutReasonWholeSeconds()
    {
        Assert.Equal("timed out after 600 s", ShellJobExecutor.TimeoutReason(TimeSpan.FromSeconds(600)));
    }

    private sealed class CancelOnFirstRecord(CancellationTokenSource cancellation) : IIoLogSink
    {
        public void Write(IoLogRecord record) => cancellation.Cancel();
    }
}
