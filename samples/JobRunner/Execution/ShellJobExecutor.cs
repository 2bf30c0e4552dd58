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
    /// Runs <paramref name="job"/> and returns its result: pass on exit code 0, otherwise fail, and fail with
    /// the reason "timed out after N s" when <paramref name="timeout"/> ran out and the group was killed.
    /// </summary>
    /// <exception cref="OperationCanceledException">
    /// <paramref name="cancellationToken"/> was cancelled; the job's process group has been killed and reaped.
    /// </exception>
    /// <exception cref="Win32Exception">bash (or setsid) could not be started.</exception>
    public async Task<JobResult> RunAsync(
        UnitDefinition job,
        IIoLogSink sink,
        string sessionShare,
        TimeSpan timeout,
        CancellationToken cancellationToken
    )
    {
        using var process = new Process { StartInfo = CreateStartInfo(job, sessionShare) };
        var clock = Stopwatch.StartNew();
        process.Start();
        process.StandardInput.Close();

        var pumps = StartPumps(process, sink, clock);
        var timedOut = await WaitOrKillAsync(process, timeout, cancellationToken).ConfigureAwait(false);
        await FinishPumpsAsync(process, pumps).ConfigureAwait(false);
        clock.Stop();

        cancellationToken.ThrowIfCancellationRequested();
        return timedOut
            ? new JobResult(job.Id, JobOutcome.Fail, null, clock.Elapsed, TimeoutReason(timeout))
            : new JobResult(
                job.Id,
                process.ExitCode == 0 ? JobOutcome.Pass : JobOutcome.Fail,
                process.ExitCode,
                clock.Elapsed,
                null
            );
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

    // Returns whether the timeout killed the job. On cancellation the group is killed too, and the caller
    // throws once the output has been drained.
    private static async Task<bool> WaitOrKillAsync(
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
            return false;
        }
        catch (OperationCanceledException)
        {
            ProcessGroup.KillGroup(process);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            return !cancellationToken.IsCancellationRequested;
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
}
