using System.IO;
using System.Linq;
using JobRunner.Sessions;
using SessionToolkit;

namespace JobRunner.Cli;

/// <summary>Deletes one session, or every session but the youngest N, for <c>jobrunner remove</c>.</summary>
public static class SessionRemoval
{
    /// <summary>
    /// Removes the session <paramref name="id"/>, or all but the <paramref name="keep"/> youngest sessions, and
    /// returns the exit code. A session that cannot be removed (another runner has it open) is reported and kept.
    /// </summary>
    public static int Run(
        TextWriter output,
        TextWriter error,
        SessionStorageRepository repository,
        string? id,
        int? keep
    )
    {
        var entries = repository.Scan<RunSession>();
        if (id is not null)
        {
            var entry = SessionFinder.Find(entries, id, repository.Location, out var problem);
            if (entry is null)
            {
                error.WriteLine($"jobrunner: {problem}");
                return ExitCodes.BadInput;
            }

            return RemoveOne(output, error, entry.Storage) ? ExitCodes.Success : ExitCodes.BadInput;
        }

        var allRemoved = true;
        foreach (var entry in entries.Skip(keep ?? 0))
        {
            allRemoved &= RemoveOne(output, error, entry.Storage);
        }

        return allRemoved ? ExitCodes.Success : ExitCodes.BadInput;
    }

    private static bool RemoveOne(TextWriter output, TextWriter error, SessionStorage storage)
    {
        try
        {
            storage.Remove();
            output.WriteLine($"removed {storage.Id}");
            return true;
        }
        catch (IOException failure)
        {
            error.WriteLine($"jobrunner: cannot remove session {storage.Id}: {failure.Message}");
            return false;
        }
    }
}
