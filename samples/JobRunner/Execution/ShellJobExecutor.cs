using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using JobRunner.Units;

namespace JobRunner.Execution;

/// <summary>
/// Runs <c>shell</c> and <c>attachment</c> jobs as <c>bash -c COMMAND</c> in a process group of their own,
/// streaming their output into an <see cref="IIoLogSink"/>. Standard input is closed, because no person
/// answers prompts.
/// </summary>
public sealed class ShellJobExecutor
{
    // After bash exits, processes it started in the background may still hold its output pipes open. They get
    // this long to finish, and then the group is killed so that the pipes close.
    private static readonly TimeSpan LeftoverGrace = TimeSpan.FromSeconds(2);

    private readonly IReadOnlyDictionary<string, string> _runnerEnvironment;

    /// <summary>Creates an executor that builds job environments from <paramref name="runnerEnvironment"/>.</summary>
    public ShellJobExecutor(IReadOnlyDictionary<string, string>? runnerEnvironment = null)
    {
        _runnerEnvironment = runnerEnvironment ?? JobEnvironment.Current();
    }

    /// <summary>
    /// Runs <paramref name="job"/> and returns its result: pass on exit code 0, otherwise fail. The job fails
    /// with the reason "timed out after N s" when <paramref name="timeout"/> ran out and its group was killed,
    /// and with "failed to start ..." when bash cannot be started.
    /// </summary>
    /// <exception cref="OperationCanceledException">
    /// <paramref name="cancellationToken"/> was cancelled while the job ran. Its process group has been killed
    /// and reaped. A job that exits on its own returns its result even when cancellation follows.
    /// </exception>
    public async Task<JobResult> RunAsync(
        UnitDefinition job,
        IIoLogSink sink,
        string sessionShare,
        TimeSpan timeout,
        CancellationToken cancellationToken
    )
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var process = new Process { StartInfo = CreateStartInfo(job, sessionShare) };
        var clock = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch (Win32Exception error)
        {
            var reason = $"failed to start {process.StartInfo.FileName}: {error.Message}";
            return new JobResult(job.Id, JobOutcome.Fail, null, clock.Elapsed, reason);
        }

        process.StandardInput.Close();
        var pumps = StartPumps(process, sink, clock);
        var ending = await WaitOrKillAsync(process, timeout, cancellationToken).ConfigureAwait(false);
        await FinishPumpsAsync(process, pumps).ConfigureAwait(false);
        clock.Stop();

        return ending switch
        {
            Ending.Cancelled => throw new OperationCanceledException(cancellationToken),
            Ending.TimedOut => new JobResult(job.Id, JobOutcome.Fail, null, clock.Elapsed, TimeoutReason(timeout)),
            _ => new JobResult(
                job.Id,
                process.ExitCode == 0 ? JobOutcome.Pass : JobOutcome.Fail,
                process.ExitCode,
                clock.Elapsed,
                null
            ),
        };
    }

    /// <summary>The reason given for a job killed after <paramref name="timeout"/>.</summary>
    public static string TimeoutReason(TimeSpan timeout) =>
        $"timed out after {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s";

    private ProcessStartInfo CreateStartInfo(UnitDefinition job, string sessionShare)
    {
        var startInfo = new ProcessStartInfo("bash")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = sessionShare,
        };
        startInfo.ArgumentList.Add("-c");
        startInfo.ArgumentList.Add(job.Command ?? "");

        startInfo.Environment.Clear();
        foreach (var (name, value) in JobEnvironment.Build(job, sessionShare, _runnerEnvironment))
        {
            startInfo.Environment[name] = value;
        }

        ProcessGroup.WrapInNewGroup(startInfo);
        return startInfo;
    }

    private static Task[] StartPumps(Process process, IIoLogSink sink, Stopwatch clock)
    {
        // The two pumps run concurrently; the lock keeps the sink's calls one at a time, in arrival order.
        var gate = new Lock();
        void Emit(IoLogRecord record)
        {
            lock (gate)
            {
                sink.Write(record);
            }
        }

        var stdout = new OutputPump(process.StandardOutput.BaseStream, IoLogRecord.StandardOutput, clock, Emit);
        var stderr = new OutputPump(process.StandardError.BaseStream, IoLogRecord.StandardError, clock, Emit);
        return [Task.Run(stdout.RunAsync), Task.Run(stderr.RunAsync)];
    }

    private static async Task<Ending> WaitOrKillAsync(
        Process process,
        TimeSpan timeout,
        CancellationToken cancellationToken
    )
    {
        using var timeoutSource = new CancellationTokenSource(timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
            return Ending.Exited;
        }
        catch (OperationCanceledException)
        {
            ProcessGroup.KillGroup(process);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            return cancellationToken.IsCancellationRequested ? Ending.Cancelled : Ending.TimedOut;
        }
    }

    private static async Task FinishPumpsAsync(Process process, Task[] pumps)
    {
        var drained = Task.WhenAll(pumps);
        if (await Task.WhenAny(drained, Task.Delay(LeftoverGrace)).ConfigureAwait(false) != drained)
        {
            ProcessGroup.KillGroup(process);
        }

        await drained.ConfigureAwait(false);
    }

    private enum Ending
    {
        Exited,
        TimedOut,
        Cancelled,
    }
}
