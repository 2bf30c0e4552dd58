using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using JobRunner.Execution;
using JobRunner.Planning;
using JobRunner.Units;
using Spectre.Console;

namespace JobRunner.Cli;

/// <summary>The <c>run</c> command: loads unit files, builds the plan and runs it.</summary>
public static class RunCommand
{
    private static readonly Argument<string[]> Units = new("units")
    {
        Description = "Unit files (.pxu) to load, in order; ids must be unique across them.",
        HelpName = "UNITS",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<string[]> Include = new("--include", "-i")
    {
        Description =
            "Run only jobs whose whole id (qualified or partial) matches this .NET regular expression, "
            + "plus their dependencies. Repeatable. Default: every job.",
        HelpName = "REGEX",
    };

    private static readonly Option<double> Timeout = new("--timeout")
    {
        Description = "Seconds a job may run before its process group is killed and it fails.",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => 600,
    };

    private static readonly Option<string> Repository = new("--repository")
    {
        HelpName = "DIR",
        Description =
            "Folder that receives the run's IO logs and share folder. Default: "
            + "$XDG_CACHE_HOME/jobrunner/sessions or ~/.cache/jobrunner/sessions.",
    };

    private static readonly Option<string> Namespace = new("--namespace")
    {
        Description = "Namespace given to ids and dependencies written without '::'.",
        HelpName = "NAMESPACE",
        DefaultValueFactory = _ => JobId.DefaultNamespace,
    };

    /// <summary>Creates the command with its arguments, options and action.</summary>
    public static Command Create()
    {
        var command = new Command("run", "Run the jobs of unit files. " + ExitCodes.HelpText)
        {
            Units,
            Include,
            Timeout,
            Repository,
            Namespace,
        };
        Timeout.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() <= 0)
            {
                result.AddError("--timeout must be a positive number of seconds.");
            }
        });

        // System.CommandLine takes an unknown "--name" as one more unit file; naming it as an option is clearer.
        Units.Validators.Add(result =>
        {
            foreach (var value in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (value.StartsWith('-'))
                {
                    result.AddError($"Unknown option '{value}' (a unit file path cannot start with '-').");
                }
            }
        });

        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var error = parse.InvocationConfiguration.Error;
        ExecutionPlan plan;
        try
        {
            var catalog = UnitCatalog.Load(parse.GetRequiredValue(Units), parse.GetRequiredValue(Namespace));
            plan = PlanBuilder.Build(catalog, parse.GetValue(Include) ?? [], Environment.UserName);
        }
        catch (Exception problem) when (problem is UnitFileException or IOException or ArgumentException)
        {
            await error.WriteLineAsync($"jobrunner: {problem.Message}");
            return ExitCodes.BadInput;
        }

        RunFolder folder;
        try
        {
            folder = RunFolder.Create(parse.GetValue(Repository) ?? RunFolder.DefaultRepository());
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"jobrunner: cannot create the run folder: {problem.Message}");
            return ExitCodes.BadInput;
        }

        var options = new RunOptions(folder.IoLogs, folder.Share, TimeSpan.FromSeconds(parse.GetValue(Timeout)));
        var summary = await RunPlanAsync(plan, options, parse.InvocationConfiguration.Output, cancellationToken);

        SummaryWriter.Write(parse.InvocationConfiguration.Output, summary, folder.IoLogs);
        return summary.Interrupted ? ExitCodes.Interrupted
            : summary.Failed > 0 ? ExitCodes.JobFailed
            : ExitCodes.Success;
    }

    private static async Task<RunSummary> RunPlanAsync(
        ExecutionPlan plan,
        RunOptions options,
        TextWriter output,
        CancellationToken cancellationToken
    )
    {
        var executor = new ShellJobExecutor();

        // The live display only makes sense on a terminal; a pipe or file gets one stable line per job.
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            var runner = new PlanRunner(executor, options, new PlainProgress(output));
            return await runner.RunAsync(plan, cancellationToken);
        }

        var live = new LiveProgress(AnsiConsole.Console);
        return await live.ShowAsync(listener =>
            new PlanRunner(executor, options, listener).RunAsync(plan, cancellationToken)
        );
    }
}
