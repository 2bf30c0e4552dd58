using System.IO;
using JobRunner.Units;

namespace JobRunner.Tests.Infrastructure;

/// <summary>Builds job units and scratch folders for execution tests.</summary>
internal static class Jobs
{
    public static UnitDefinition Shell(string command, string id = "test::job", params string[] environ) =>
        new()
        {
            Id = id,
            Kind = UnitDefinition.JobKind,
            Plugin = "shell",
            Command = command,
            Environ = environ,
            Fields = new System.Collections.Generic.Dictionary<string, UnitField>(),
            File = "test.pxu",
            Line = 1,
            Order = 0,
        };

    public static string TempFolder() => Directory.CreateTempSubdirectory("jobrunner-test-").FullName;
}
