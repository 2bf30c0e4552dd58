using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SessionToolkit;

namespace JobRunner.Sessions;

/// <summary>Finds a session in a listing by the id a user typed.</summary>
public static class SessionFinder
{
    /// <summary>
    /// Returns the entry whose id is <paramref name="id"/>, with or without the <c>.session</c> suffix, or the one
    /// entry whose id starts with it. Returns <c>null</c> and sets <paramref name="error"/> otherwise, and for an id
    /// that is not one folder name (empty, <c>.</c>, <c>..</c>, or with a path separator), which is never matched.
    /// </summary>
    public static SessionScanEntry? Find(
        IReadOnlyList<SessionScanEntry> entries,
        string id,
        string repository,
        out string? error
    )
    {
        error = null;
        if (!IsFolderName(id))
        {
            // Ids are matched only against the listing, so a path could not escape the repository, but an empty
            // prefix would match every session and a path is always a mistake worth naming.
            error =
                $"session id '{id}' is not valid: a session id is one folder name from 'jobrunner list', "
                + "not empty, not '.' or '..', and without '/'.";
            return null;
        }

        var exact = entries.FirstOrDefault(entry => entry.Storage.Id == id || entry.Storage.Id == id + ".session");
        if (exact is not null)
        {
            return exact;
        }

        var matches = entries.Where(entry => entry.Storage.Id.StartsWith(id, StringComparison.Ordinal)).ToList();
        if (matches.Count == 1)
        {
            return matches[0];
        }

        error =
            matches.Count == 0
                ? $"no session '{id}' in {repository}; run 'jobrunner list' to see the session ids."
                : $"session id '{id}' is ambiguous ({matches.Count} sessions start with it); give more of the id.";
        return null;
    }

    private static bool IsFolderName(string id) =>
        id is not ("" or "." or "..")
        && id.IndexOfAny([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar, '\0']) < 0;
}
