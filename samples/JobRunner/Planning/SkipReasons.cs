using System;
using System.Collections.Generic;
using JobRunner.Units;

namespace JobRunner.Planning;

/// <summary>The reasons a job cannot run that follow from the job alone, before anything has run.</summary>
public static class SkipReasons
{
    private static readonly HashSet<string> InteractivePlugins = new(StringComparer.Ordinal)
    {
        "manual",
        "user-interact",
        "user-verify",
        "user-interact-verify",
    };

    /// <summary>The reason for a <c>user: root</c> job when the run did not opt in to root jobs.</summary>
    public const string RootJobNotAllowed =
        "job needs root (user: root), and root jobs change the machine (some reboot it); pass --run-root-jobs to run them";

    /// <summary>
    /// Returns why <paramref name="unit"/> cannot run for <paramref name="currentUser"/>, or <c>null</c>. A job
    /// that declares <c>user: root</c> runs only when <paramref name="runRootJobs"/> is set, even when the runner
    /// is root, because Checkbox's root jobs do real things to the machine.
    /// </summary>
    public static string? ForUnit(UnitDefinition unit, string currentUser, bool runRootJobs = false)
    {
        if (unit.IsTemplate)
        {
            return "template unit: templates are instantiated from resource jobs, which this runner does not run";
        }

        var pluginReason = ForPlugin(unit.Plugin);
        if (pluginReason is not null)
        {
            return pluginReason;
        }

        if (unit.Command is null)
        {
            return "job has no command";
        }

        if (unit.User == "root" && !runRootJobs)
        {
            return RootJobNotAllowed;
        }

        if (unit.User is not null && unit.User != currentUser)
        {
            return $"job runs as user '{unit.User}', but the runner is user '{currentUser}'";
        }

        return null;
    }

    /// <summary>Returns why a job with <paramref name="plugin"/> cannot run, or <c>null</c> for shell and attachment jobs.</summary>
    public static string? ForPlugin(string? plugin) =>
        plugin switch
        {
            "shell" or "attachment" => null,
            null => "job has no plugin",
            _ when InteractivePlugins.Contains(plugin) => $"plugin '{plugin}' needs a person",
            _ => $"plugin '{plugin}' is not supported (only shell and attachment jobs run)",
        };

    /// <summary>The reason for a job whose <c>depends</c> names a unit that is not loaded.</summary>
    public static string MissingDependency(string id) => $"dependency '{id}' is missing";

    /// <summary>The reason for a job on a dependency cycle, given as the ids around the cycle.</summary>
    public static string Cycle(IEnumerable<string> ids) => $"dependency cycle: {string.Join(" -> ", ids)}";

    /// <summary>The reason for a job whose dependency failed.</summary>
    public static string DependencyFailed(string id) => $"dependency '{id}' failed";

    /// <summary>The reason for a job whose dependency was skipped.</summary>
    public static string DependencySkipped(string id) => $"dependency '{id}' was skipped";

    /// <summary>The reason for a job whose dependency has no result, which happens only when it was never planned.</summary>
    public static string DependencyNotRun(string id) => $"dependency '{id}' has not run";
}
