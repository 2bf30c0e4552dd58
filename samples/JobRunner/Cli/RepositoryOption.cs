using System;
using System.CommandLine;
using System.IO;
using SessionToolkit;

namespace JobRunner.Cli;

/// <summary>The <c>--repository DIR</c> option that every command takes, and the repository it names.</summary>
public static class RepositoryOption
{
    /// <summary>The application name that gives the default repository folder.</summary>
    public const string ApplicationName = "jobrunner";

    /// <summary>Creates the option; each command gets its own instance.</summary>
    public static Option<string> Create() =>
        new("--repository")
        {
            HelpName = "DIR",
            Description =
                "Folder that holds the sessions, one sub-folder each. Default: $XDG_CACHE_HOME/jobrunner/sessions, "
                + "or ~/.cache/jobrunner/sessions when XDG_CACHE_HOME is unset.",
        };

    /// <summary>Returns the repository that <paramref name="option"/> names in <paramref name="parse"/>, or the default one.</summary>
    /// <exception cref="InvalidOperationException">No folder was given and neither XDG_CACHE_HOME nor HOME is set.</exception>
    public static SessionStorageRepository Open(ParseResult parse, Option<string> option)
    {
        var location = parse.GetValue(option) ?? SessionStorageRepository.GetDefaultLocation(ApplicationName);
        return new SessionStorageRepository(location);
    }

    /// <summary>
    /// Returns the options to repeat in a suggested command so that it finds the same repository: empty for the
    /// default one.
    /// </summary>
    public static string Suffix(SessionStorageRepository repository)
    {
        try
        {
            var defaultLocation = Path.GetFullPath(SessionStorageRepository.GetDefaultLocation(ApplicationName));
            if (Path.TrimEndingDirectorySeparator(defaultLocation) == repository.Location)
            {
                return "";
            }
        }
        catch (InvalidOperationException)
        {
            // Without HOME there is no default repository, so the folder must be named.
        }

        return $" --repository {repository.Location}";
    }
}
