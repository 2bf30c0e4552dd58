using System.IO;
using JobRunner.Units;
using SessionToolkit.Tests.Infrastructure;

namespace JobRunner.Tests.Infrastructure;

/// <summary>The real Checkbox unit files kept in the shared data folder; tests skip when they are absent.</summary>
internal static class RealUnitFiles
{
    public static string Path(string name) =>
        SharedData.RequireFile(System.IO.Path.Combine("data", "checkbox-units", name));

    public static UnitCatalog Load(params string[] names)
    {
        var paths = new string[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            paths[i] = Path(names[i]);
        }

        return UnitCatalog.Load(paths);
    }

    public static UnitDefinition Get(UnitCatalog catalog, string partialId)
    {
        Xunit.Assert.True(catalog.TryGet(JobId.Qualify(partialId, JobId.DefaultNamespace), out var unit), partialId);
        return unit;
    }

    public static string TempFile(string text)
    {
        var folder = Directory.CreateTempSubdirectory("jobrunner-units-");
        var path = System.IO.Path.Combine(folder.FullName, "units.pxu");
        File.WriteAllText(path, text);
        return path;
    }
}
