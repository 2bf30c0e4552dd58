using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using JobRunner.Planning;
using JobRunner.Sessions;
using JobRunner.Units;
using SessionToolkit;

namespace JobRunner.Cli;

/// <summary>The <c>resume</c> command: continues an interrupted session where it stopped.</summary>
public static class ResumeCommand
{
    private static readonly Argument<string?> Id = new("id")
    {
        Description = "The session to resume (see 'jobrunner list'). Default: the most recent resumable session.",
        HelpName = "ID",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static readonly Option<string> Repository = RepositoryOption.Create();

    /// <summary>Creates the command with its arguments, options and action.</summary>
    public static Command Create()
    {
        var command = new Command(
            "resume",
            "Continue an interrupted session: finished jobs keep their results, the job that was running and jobs "
                + "whose definition changed run again. "
                + ExitCodes.HelpText
        )
        {
            Id,
            Repository,
        };
        command.SetAction(ResumeAsync);
        return command;
    }

    private static async Task<int> ResumeAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var repository = RepositoryOption.Open(parse, Repository);

        var entry = Select(repository, parse.GetValue(Id), out var problem);
        if (entry is null)
        {
            await error.WriteLineAsync($"jobrunner: {problem}");
            return ExitCodes.BadInput;
        }

        SessionManager<RunSession> manager;
        try
        {
            manager = SessionManager<RunSession>.LoadSession(entry.Storage);
        }
        catch (Exception failure) when (failure is SessionResumeException or IOException)
        {
            await error.WriteLineAsync($"jobrunner: cannot resume session {entry.Storage.Id}: {failure.Message}");
            return ExitCodes.BadInput;
        }

        using (manager)
        {
            if (manager.RecoveredFromPrevious)
            {
                await error.WriteLineAsync(SessionListing.RecoveryWarning(manager.Storage.Id, manager.RecoveryReason!));
            }

            return await ContinueAsync(manager, repository, output, error, cancellationToken);
        }
    }

    private static async Task<int> ContinueAsync(
        SessionManager<RunSession> manager,
        SessionStorageRepository repository,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken
    )
    {
        var session = manager.State;
        ExecutionPlan plan;
        try
        {
            plan = SessionPlan.Build(session);
        }
        catch (Exception problem) when (problem is UnitFileException or IOException or ArgumentException)
        {
            await error.WriteLineAsync(
                $"jobrunner: cannot rebuild the plan of session {manager.Storage.Id}: {problem.Message}"
            );
            return ExitCodes.BadInput;
        }

        output.WriteLine($"resuming session {manager.Storage.Id} ({session.Title})");
        ResumeReconciler.Reconcile(session, plan, output);
        output.WriteLine(
            $"{session.FinishedCount} of {session.JobCount} jobs keep their results from the checkpoint; "
                + "they are listed again but not run"
        );
        if (!session.IsIncomplete)
        {
            session.Flags.Add(RunSession.IncompleteFlag);
        }

        manager.Checkpoint();
        return await SessionRun.RunAsync(manager, repository, plan, output, cancellationToken);
    }

    // Picks the session by id, or the youngest resumable one. A recovered session counts, because its fallback
    // checkpoint is intact. A status that cannot be resumed becomes a message with the next step to take.
    private static SessionScanEntry? Select(SessionStorageRepository repository, string? id, out string? problem)
    {
        var entries = repository.Scan<RunSession>();
        if (id is null)
        {
            var youngest = entries.FirstOrDefault(entry =>
                entry.Status is SessionStatus.Resumable or SessionStatus.Recovered && SessionListing.IsIncomplete(entry)
            );
            problem = youngest is null ? NothingToResume(repository, entries) : null;
            return youngest;
        }

        var found = SessionFinder.Find(entries, id, repository.Location, out problem);
        if (found is null)
        {
            return null;
        }

        problem = found.Status switch
        {
            SessionStatus.Resumable or SessionStatus.Recovered => null,
            SessionStatus.Locked => $"session {found.Storage.Id} has a leftover session.next from an interrupted save; "
                + $"run 'jobrunner break-lock {found.Storage.Id}{RepositoryOption.Suffix(repository)}' first.",
            SessionStatus.Empty => $"session {found.Storage.Id} has no checkpoint, so there is nothing to resume.",
            SessionStatus.Corrupted => $"cannot resume session {found.Storage.Id}: {found.Reason} Run 'jobrunner "
                + $"quarantine {found.Storage.Id}{RepositoryOption.Suffix(repository)}' to move it out of the list.",
            _ => $"cannot resume session {found.Storage.Id}: {found.Reason}",
        };
        return problem is null ? found : null;
    }

    // A session another jobrunner has open, or one a crash left locked, is never picked by default, but it is
    // most likely the one the user means, so the message names it and what to do.
    private static string NothingToResume(SessionStorageRepository repository, IReadOnlyList<SessionScanEntry> entries)
    {
        var message = $"no interrupted session to resume in {repository.Location}.";
        var inUse = entries.FirstOrDefault(entry => entry.Status == SessionStatus.InUse);
        if (inUse is not null)
        {
            // The reason names the session's folder, its holder and the next step.
            return $"{message} {inUse.Reason}";
        }

        var locked = entries.FirstOrDefault(entry => entry.Status == SessionStatus.Locked);
        if (locked is not null)
        {
            return $"{message} Session {locked.Storage.Id} has a leftover session.next from an interrupted save; "
                + $"run 'jobrunner break-lock {locked.Storage.Id}{RepositoryOption.Suffix(repository)}' first.";
        }

        return message;
    }
}
