using System;
using System.IO;
using System.Linq;

namespace SessionToolkit.Generators.Tests.Infrastructure;

/// <summary>
/// Source files of the runtime test project's state types, so that the generator tests compile exactly the
/// declarations whose generated code the round-trip tests run.
/// </summary>
public static class Sources
{
    /// <summary>Full path of the repository root (the folder holding SessionToolkit.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Reads the case files under tests/SessionToolkit.Tests/Generated/Cases whose names start with <paramref name="prefix"/>.</summary>
    public static (string Path, string Text)[] Cases(string prefix = "Case")
    {
        var folder = Path.Combine(RepositoryRoot, "tests", "SessionToolkit.Tests", "Generated", "Cases");
        return Directory
            .GetFiles(folder, prefix + "*.cs")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Path.GetFileName(p), File.ReadAllText(p)))
            .ToArray();
    }

    /// <summary>Reads one file of tests/SessionToolkit.Tests/Generated, such as <c>FeatureTypes.cs</c>.</summary>
    public static (string Path, string Text) Generated(string fileName) =>
        (
            fileName,
            File.ReadAllText(Path.Combine(RepositoryRoot, "tests", "SessionToolkit.Tests", "Generated", fileName))
        );

    private static string FindRepositoryRoot()
    {
        var folder = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(folder, "SessionToolkit.sln")))
        {
            folder = Path.GetDirectoryName(folder.TrimEnd(Path.DirectorySeparatorChar))
                ?? throw new InvalidOperationException($"No SessionToolkit.sln above {AppContext.BaseDirectory}.");
        }

        return folder;
    }
}
