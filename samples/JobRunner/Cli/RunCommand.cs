using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using JobRunner.Planning;
using JobRunner.Sessions;
using JobRunner.Units;
using SessionToolkit;

namespace JobRunner.Cli;

/// <summary>The <c>run</c> command: loads unit files, builds the plan, creates a session and runs it.</summary>
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

    // int.MaxValue milliseconds, the longest delay Task.Delay and CancellationTokenSource accept.
    private const double MaxTimeoutSeconds = 2_147_483;

    private static readonly Option<double> Timeout = new("--timeout")
    {
        Description = "Seconds a job may run before its process group is killed and it fails.",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => 600,
    };

    private static readonly Option<bool> RunRootJobs = new("--run-root-jobs")
    {
        Description =
            "Also run jobs that declare 'user: root'. They are skipped by default, because they change the "
            + "machine for real (some reboot it or rewrite firmware settings).",
    };

    private static readonly Option<string> Repository = RepositoryOption.Create();

    private static readonly Option<string> Namespace = new("--namespace")
    {
        Description = "Namespace given to ids and dependencies written without '::'.",
        HelpName = "NAMESPACE",
        DefaultValueFactory = _ => JobId.DefaultNamespace,
    };

    /// <summary>Creates the command with its arguments, options and action.</summary>
    public static Command Create()
    {
        var command = new Command(
            "run",
            "Run the jobs of unit files in a new session, checkpointed after every job. " + ExitCodes.HelpText
        )
        {
            Units,
            Include,
            Timeout,
            RunRootJobs,
            Repository,
            Namespace,
        };
        Timeout.Validators.Add(result =>
        {
            // TimeSpan and the timers behind it take at most about 24.8 days; NaN and infinity are no durations.
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
            if (text is not null && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                result.AddError($"--timeout '{text}' is not a number of seconds.");
                return;
            }

            var seconds = result.GetValueOrDefault<double>();
            if (!double.IsFinite(seconds) || seconds <= 0 || seconds > MaxTimeoutSeconds)
            {
                result.AddError(
                    $"--timeout {text ?? seconds.ToString(CultureInfo.InvariantCulture)} is out of range: "
                        + $"give a number of seconds above 0 and at most {MaxTimeoutSeconds}."
                );
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
        var session = NewSession(parse);
        ExecutionPlan plan;
        try
        {
            plan = SessionPlan.Build(session);
        }
        catch (Exception problem) when (problem is UnitFileException or IOException or ArgumentException)
        {
            await error.WriteLineAsync($"jobrunner: {problem.Message}");
            return ExitCodes.BadInput;
        }

        // An empty plan is almost always a typo in --include or the wrong file. A session of nothing that exits
        // with 0 would look like a clean pass.
        if (plan.Jobs.Count == 0)
        {
            var selection =
                session.IncludePatterns.Count == 0
                    ? "the unit files hold no job units"
                    : $"no job matches --include {string.Join(" --include ", session.IncludePatterns.Select(p => $"'{p}'"))}";
            await error.WriteLineAsync($"jobrunner: nothing to run: {selection}; no session was created.");
            return ExitCodes.BadInput;
        }

        SessionPlan.Adopt(session, plan);
        SessionStorageRepository repository;
        SessionManager<RunSession> manager;
        try
        {
            repository = RepositoryOption.Open(parse, Repository);
            manager = SessionManager<RunSession>.CreateWithState(session, repository);
        }
        catch (Exception problem)
            when (problem is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            await error.WriteLineAsync($"jobrunner: cannot create the session folder: {problem.Message}");
            return ExitCodes.BadInput;
        }

        using (manager)
        {
            // The first checkpoint comes before any job, so that even a kill during the first job can be resumed.
            manager.Checkpoint();
            return await SessionRun.RunAsync(
                manager,
                repository,
                plan,
                parse.InvocationConfiguration.Output,
                cancellationToken
            );
        }
    }

    private static RunSession NewSession(ParseResult parse)
    {
        var unitFiles = parse.GetRequiredValue(Units).Select(Path.GetFullPath).ToList();
        return new RunSession
        {
            Title = SessionPlan.TitleFor(unitFiles),
            Flags = [RunSession.IncompleteFlag],
            StartedAt = DateTimeOffset.UtcNow,
            UnitFiles = unitFiles,
            IncludePatterns = [.. parse.GetValue(Include) ?? []],
            Namespace = parse.GetRequiredValue(Namespace),
            Timeout = TimeSpan.FromSeconds(parse.GetValue(Timeout)),
            RunRootJobs = parse.GetValue(RunRootJobs),
        };
    }
}
