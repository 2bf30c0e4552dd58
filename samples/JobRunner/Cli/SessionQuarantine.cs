using System.IO;
using JobRunner.Sessions;
using SessionToolkit;

namespace JobRunner.Cli;

/// <summary>
/// Moves a corrupted session into the repository's quarantine folder, for <c>jobrunner quarantine</c>.
/// </summary>
public static class SessionQuarantine
{
    /// <summary>
    /// Moves the session <paramref name="id"/> aside with the reason the listing gives, and returns the exit code.
    /// Only a <c>corrupted</c> session is moved: any other one can still be resumed, shown or removed.
    /// </summary>
    public static int Run(TextWriter output, TextWriter error, SessionStorageRepository repository, string id)
    {
        var entry = SessionFinder.Find(repository.Scan<RunSession>(), id, repository.Location, out var problem);
        if (entry is null)
        {
            error.WriteLine($"jobrunner: {problem}");
            return ExitCodes.BadInput;
        }

        if (entry.Status != SessionStatus.Corrupted)
        {
            error.WriteLine(
                $"jobrunner: session {entry.Storage.Id} is {SessionListing.StatusName(entry)}, not corrupted; "
                    + "only a session whose checkpoints are unreadable is quarantined."
            );
            return ExitCodes.BadInput;
        }

        try
        {
            var destination = entry.Storage.Quarantine(entry.Reason!);
            output.WriteLine($"moved session {entry.Storage.Id} to {destination}");
            return ExitCodes.Success;
        }
        catch (IOException failure)
        {
            error.WriteLine($"jobrunner: cannot quarantine session {entry.Storage.Id}: {failure.Message}");
            return ExitCodes.BadInput;
        }
    }
}
