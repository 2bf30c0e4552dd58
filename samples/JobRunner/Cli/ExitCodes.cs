namespace JobRunner.Cli;

/// <summary>The exit codes of <c>jobrunner</c>, also listed in its help text.</summary>
public static class ExitCodes
{
    /// <summary>Every job ran or was skipped with a reason, and none failed.</summary>
    public const int Success = 0;

    /// <summary>At least one job failed.</summary>
    public const int JobFailed = 1;

    /// <summary>
    /// Invalid command line, unreadable or malformed unit file, invalid pattern, no session folder, or a session
    /// that is not found, in use, locked or damaged.
    /// </summary>
    public const int BadInput = 2;

    /// <summary>Interrupted by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;

    /// <summary>The help paragraph that lists the codes.</summary>
    public const string HelpText =
        "Exit codes: 0 every job ran or was skipped with a reason and none failed; 1 at least one job failed; "
        + "2 invalid input (command line, unit file, pattern, a selection with no job, or repository folder) or a session that is not found, "
        + "in use by another jobrunner, locked or damaged; "
        + "130 interrupted by Ctrl-C or SIGTERM.";
}
