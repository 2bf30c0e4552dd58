using System;
using System.CommandLine;
using System.IO;
using System.Threading.Tasks;
using JobRunner.Sessions;
using SessionToolkit;

namespace JobRunner.Cli;

/// <summary>
/// The commands that look after stored sessions: <c>list</c>, <c>show</c>, <c>remove</c>, <c>break-lock</c>,
/// <c>quarantine</c> and <c>export</c>.
/// </summary>
public static class SessionCommands
{
    /// <summary>Creates the <c>list</c> command.</summary>
    public static Command List()
    {
        var repository = RepositoryOption.Create();
        var command = new Command("list", "List the sessions, youngest first, with status, progress and age.")
        {
            repository,
        };
        command.SetAction(parse =>
        {
            var entries = RepositoryOption.Open(parse, repository).Scan<RunSession>();
            SessionListing.Write(parse.InvocationConfiguration.Output, entries, DateTimeOffset.UtcNow);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Creates the <c>show ID</c> command.</summary>
    public static Command Show()
    {
        var id = IdArgument("The session to show.");
        var repository = RepositoryOption.Create();
        var command = new Command("show", "Show the results of a session as a table, in run order.") { id, repository };
        command.SetAction(parse => WithSession(parse, repository, parse.GetRequiredValue(id), (session, storage) =>
            {
                ResultTable.Write(parse.InvocationConfiguration.Output, storage, session);
                return ExitCodes.Success;
            }));
        return command;
    }

    /// <summary>Creates the <c>export ID --output FILE</c> command.</summary>
    public static Command Export()
    {
        var id = IdArgument("The session to export.");
        var file = new Option<string>("--output", "-o")
        {
            Description = "The JSON file to write; an existing file is replaced.",
            HelpName = "FILE",
            Required = true,
        };
        var repository = RepositoryOption.Create();
        var command = new Command("export", "Write a JSON report of a session's results.") { id, file, repository };
        command.SetAction(parse =>
            WithSession(parse, repository, parse.GetRequiredValue(id), (session, storage) =>
                WriteReport(parse, file, session, storage)
            )
        );
        return command;
    }

    /// <summary>Creates the <c>remove ID</c> / <c>remove --keep N</c> command.</summary>
    public static Command Remove()
    {
        var id = IdArgument("The session to remove.");
        id.Arity = ArgumentArity.ZeroOrOne;
        var keep = new Option<int?>("--keep")
        {
            Description = "Remove every session but the N youngest ones, instead of one session.",
            HelpName = "N",
        };
        var repository = RepositoryOption.Create();
        var command = new Command("remove", "Delete a session folder, or all but the youngest N.")
        {
            id,
            keep,
            repository,
        };
        command.Validators.Add(result =>
        {
            var hasId = result.GetValue(id) is not null;
            var keepCount = result.GetValue(keep);
            if (hasId == keepCount.HasValue)
            {
                result.AddError("remove needs either a session ID or --keep N, not both and not neither.");
            }
            else if (keepCount < 0)
            {
                result.AddError($"--keep must be 0 or more, not {keepCount}.");
            }
        });
        command.SetAction(parse =>
            SessionRemoval.Run(
                parse.InvocationConfiguration.Output,
                parse.InvocationConfiguration.Error,
                RepositoryOption.Open(parse, repository),
                parse.GetValue(id),
                parse.GetValue(keep)
            )
        );
        return command;
    }

    /// <summary>Creates the <c>break-lock ID</c> command.</summary>
    public static Command BreakLock()
    {
        var id = IdArgument("The session whose interrupted save to clear.");
        var repository = RepositoryOption.Create();
        var command = new Command(
            "break-lock",
            "Remove the session.next file that an interrupted save left behind, so that the session can be "
                + "resumed from its last complete checkpoint."
        )
        {
            id,
            repository,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var repositoryFolder = RepositoryOption.Open(parse, repository);
            var entry = SessionFinder.Find(
                repositoryFolder.Scan(),
                parse.GetRequiredValue(id),
                repositoryFolder.Location,
                out var problem
            );
            if (entry is null)
            {
                error.WriteLine($"jobrunner: {problem}");
                return ExitCodes.BadInput;
            }

            try
            {
                using var held = entry.Storage.AcquireLock();
                // Any entry counts: a file, a folder, or a link even when it dangles.
                var next = Path.Combine(entry.Storage.Location, SessionStorage.NextCheckpointFileName);
                var hadLeftover = Path.Exists(next) || new FileInfo(next).LinkTarget is not null;
                entry.Storage.BreakLock();
                output.WriteLine(
                    hadLeftover
                        ? $"removed the leftover session.next of {entry.Storage.Id}; its last checkpoint is kept"
                        : $"session {entry.Storage.Id} had no leftover session.next; nothing to do"
                );
                return ExitCodes.Success;
            }
            catch (IOException failure)
            {
                error.WriteLine($"jobrunner: cannot break the lock of session {entry.Storage.Id}: {failure.Message}");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }

    /// <summary>Creates the <c>quarantine ID</c> command.</summary>
    public static Command Quarantine()
    {
        var id = IdArgument("The corrupted session to move aside.");
        var repository = RepositoryOption.Create();
        var command = new Command(
            "quarantine",
            "Move a corrupted session into the repository's .quarantine folder with the reason it is unreadable, so "
                + "that it leaves the list. Nothing in it is deleted."
        )
        {
            id,
            repository,
        };
        command.SetAction(parse =>
            SessionQuarantine.Run(
                parse.InvocationConfiguration.Output,
                parse.InvocationConfiguration.Error,
                RepositoryOption.Open(parse, repository),
                parse.GetRequiredValue(id)
            )
        );
        return command;
    }

    private static Argument<string> IdArgument(string description) =>
        new("id") { Description = description + " A unique prefix of the id is enough.", HelpName = "ID" };

    // Reads the checkpoint without taking the lock, so that a session a runner has open can still be shown: a
    // checkpoint is replaced by one rename, so a reader sees the old one or the new one whole.
    private static int WithSession(
        ParseResult parse,
        Option<string> repositoryOption,
        string id,
        Func<RunSession, SessionStorage, int> use
    )
    {
        var error = parse.InvocationConfiguration.Error;
        var repository = RepositoryOption.Open(parse, repositoryOption);
        var entry = SessionFinder.Find(repository.Scan<RunSession>(), id, repository.Location, out var problem);
        if (entry is null)
        {
            error.WriteLine($"jobrunner: {problem}");
            return ExitCodes.BadInput;
        }

        // A recovered session's last checkpoint is unreadable, so its previous one is shown, as resume would use it.
        var recovered = entry.Status == SessionStatus.Recovered;
        RunSession session;
        try
        {
            var data = recovered ? entry.Storage.LoadPreviousCheckpoint() : entry.Storage.LoadCheckpoint();
            session = SessionSerializer.Resume<RunSession>(data);
        }
        catch (Exception failure) when (failure is SessionResumeException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"jobrunner: cannot read session {entry.Storage.Id}: {failure.Message}");
            return ExitCodes.BadInput;
        }

        if (recovered)
        {
            error.WriteLine(SessionListing.RecoveryWarning(entry.Storage.Id, entry.Reason!));
        }

        return use(session, entry.Storage);
    }

    private static int WriteReport(ParseResult parse, Option<string> file, RunSession session, SessionStorage storage)
    {
        var path = Path.GetFullPath(parse.GetRequiredValue(file));
        try
        {
            ResultReport.Write(path, storage, session);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            parse.InvocationConfiguration.Error.WriteLine(
                $"jobrunner: cannot write the report to {path}: {failure.Message} Check that its folder exists."
            );
            return ExitCodes.BadInput;
        }

        parse.InvocationConfiguration.Output.WriteLine($"wrote {path}");
        return ExitCodes.Success;
    }
}
