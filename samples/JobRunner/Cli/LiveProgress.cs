using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using JobRunner.Execution;
using JobRunner.Planning;
using Spectre.Console;

namespace JobRunner.Cli;

/// <summary>
/// Progress for a terminal: a Spectre.Console status line with the running job, the counts so far and the
/// elapsed time, refreshed while a job runs, and one line per finished job printed above it.
/// </summary>
public sealed class LiveProgress(IAnsiConsole console) : IRunListener
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(250);

    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = new();
    private string _current = "starting";
    private int _passed;
    private int _failed;
    private int _skipped;

    /// <summary>Shows the status line while <paramref name="run"/> runs with this listener, and returns its summary.</summary>
    public async Task<RunSummary> ShowAsync(Func<IRunListener, Task<RunSummary>> run)
    {
        _clock.Start();
        return await console
            .Status()
            .Spinner(Spinner.Known.Dots)
            .StartAsync(Describe(), async context =>
            {
                var running = run(this);
                while (await Task.WhenAny(running, Task.Delay(RefreshInterval)) != running)
                {
                    context.Status(Describe());
                }

                return await running;
            });
    }

    /// <inheritdoc/>
    public void JobStarting(int position, int total, PlannedJob job)
    {
        lock (_gate)
        {
            _current = $"[{position}/{total}] {job.Unit.Id}";
        }
    }

    /// <inheritdoc/>
    public void JobFinished(int position, int total, JobResult result)
    {
        lock (_gate)
        {
            switch (result.Outcome)
            {
                case JobOutcome.Pass:
                    _passed++;
                    break;
                case JobOutcome.Fail:
                    _failed++;
                    break;
                default:
                    _skipped++;
                    break;
            }
        }

        var color = result.Outcome switch
        {
            JobOutcome.Pass => "green",
            JobOutcome.Fail => "red",
            _ => "yellow",
        };
        var line = FitWidth(ProgressLine.Format(position, total, result));
        console.MarkupLine($"[{color}]{Markup.Escape(line)}[/]");
    }

    private string Describe()
    {
        lock (_gate)
        {
            var elapsed = _clock.Elapsed.ToString(@"hh\:mm\:ss");
            // Elapsed time and counts come first so that a long job id wrapping on a narrow terminal hides neither.
            var text = $"{elapsed}  {_passed} passed, {_failed} failed, {_skipped} skipped  {_current}";
            return Markup.Escape(FitWidth(text));
        }
    }

    // A line wider than the terminal wraps, and the redrawn status line then leaves its text mixed into the
    // lines above, so long lines are cut. The summary after the run repeats every reason in full.
    private string FitWidth(string line)
    {
        var width = Math.Max(20, console.Profile.Width - 2);
        return line.Length <= width ? line : line[..(width - 3)] + "...";
    }
}
