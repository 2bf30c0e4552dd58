using System;
using System.Collections.Generic;
using JobRunner.Units;

namespace JobRunner.Execution;

/// <summary>
/// The environment a job runs with. A job does not inherit the runner's whole environment, so that its result
/// does not depend on the shell the runner was started from. It gets the basic login variables, the variables
/// its <c>environ</c> key names (when the runner has them), <c>PLAINBOX_SESSION_SHARE</c> (a folder the jobs
/// of one run share files through) and <c>JOBRUNNER_JOB_ID</c>, this runner's own variable with the qualified
/// job id. <c>CHECKBOX_RUNTIME</c> and <c>SNAP</c> are passed only when the runner has them, because jobs test
/// them to tell a snap install from a plain one.
/// </summary>
public static class JobEnvironment
{
    /// <summary>The variable that names the folder jobs of one run share.</summary>
    public const string SessionShareVariable = "PLAINBOX_SESSION_SHARE";

    /// <summary>The variable that carries the qualified id of the running job.</summary>
    public const string JobIdVariable = "JOBRUNNER_JOB_ID";

    /// <summary>The search path a job gets when the runner has none.</summary>
    public const string DefaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private static readonly string[] BaseVariables =
    [
        "PATH",
        "HOME",
        "USER",
        "LOGNAME",
        "SHELL",
        "LANG",
        "LANGUAGE",
        "LC_ALL",
        "TZ",
        "TMPDIR",
        "CHECKBOX_RUNTIME",
        "SNAP",
    ];

    /// <summary>Builds the environment of <paramref name="job"/> from <paramref name="runner"/>, the runner's own.</summary>
    public static Dictionary<string, string> Build(
        UnitDefinition job,
        string sessionShare,
        IReadOnlyDictionary<string, string> runner
    )
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in BaseVariables)
        {
            CopyIfSet(name, runner, environment);
        }

        foreach (var name in job.Environ)
        {
            CopyIfSet(name, runner, environment);
        }

        environment.TryAdd("PATH", DefaultPath);
        environment[SessionShareVariable] = sessionShare;
        environment[JobIdVariable] = job.Id;
        return environment;
    }

    /// <summary>Returns the runner's environment variables as a dictionary.</summary>
    public static Dictionary<string, string> Current()
    {
        var current = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            current[(string)entry.Key] = (string?)entry.Value ?? "";
        }

        return current;
    }

    private static void CopyIfSet(
        string name,
        IReadOnlyDictionary<string, string> source,
        Dictionary<string, string> target
    )
    {
        if (source.TryGetValue(name, out var value))
        {
            target[name] = value;
        }
    }
}
