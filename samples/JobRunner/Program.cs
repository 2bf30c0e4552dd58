using System;
using System.CommandLine;
using System.Threading.Tasks;
using JobRunner.Cli;

namespace JobRunner;

/// <summary>The entry point of <c>jobrunner</c>.</summary>
public static class Program
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns its exit code.</summary>
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("Run Checkbox test jobs from unit files. " + ExitCodes.HelpText)
        {
            RunCommand.Create(),
            ResumeCommand.Create(),
            SessionCommands.List(),
            SessionCommands.Show(),
            SessionCommands.Remove(),
            SessionCommands.BreakLock(),
            SessionCommands.Quarantine(),
            SessionCommands.Export(),
        };
        var parse = root.Parse(args);

        // System.CommandLine reports parse errors with exit code 1, which this tool keeps for failed jobs.
        if (parse.Errors.Count > 0 && parse.Action is System.CommandLine.Invocation.ParseErrorAction)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync($"jobrunner: {error.Message}");
            }

            await Console.Error.WriteLineAsync("Run 'jobrunner --help' for usage.");
            return ExitCodes.BadInput;
        }

        // The token given to the command is cancelled on Ctrl-C or SIGTERM; the run then kills the current
        // job and returns, and this is the time it gets before the process is ended regardless.
        var configuration = new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(10) };
        return await parse.InvokeAsync(configuration);
    }
}
