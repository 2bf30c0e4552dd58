using System;
using System.Collections.Generic;
using System.Linq;
using SessionToolkit;

namespace JobRunner.Sessions;

/// <summary>Finds a session in a listing by the id a user typed.</summary>
public static class SessionFinder
{
    /// <summary>
    /// Returns the entry whose id is <paramref name="id"/>, with or without the <c>.session</c> suffix, or the one
    /// entry whose id starts with it. Returns <c>null</c> and sets <paramref name="error"/> otherwise.
    /// </summary>
    public static SessionScanEntry? Find(
        IReadOnlyList<SessionScanEntry> entries,
        string id,
        string repository,
        out string? error
    )
    {
        error = null;
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
}
