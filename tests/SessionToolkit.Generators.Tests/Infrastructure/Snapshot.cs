using System;
using System.IO;
using Xunit;

namespace SessionToolkit.Generators.Tests.Infrastructure;

/// <summary>
/// Compares generated source with the reviewed copy in Snapshots/NAME.verified.cs. With the environment
/// variable SESSIONTOOLKIT_UPDATE_SNAPSHOTS=1 a differing or missing copy is rewritten instead, so that the
/// change shows up in the diff for review.
/// </summary>
public static class Snapshot
{
    private const string UpdateVariable = "SESSIONTOOLKIT_UPDATE_SNAPSHOTS";

    /// <summary>Asserts that <paramref name="actual"/> equals the stored snapshot <paramref name="name"/>.</summary>
    public static void Verify(string name, string actual)
    {
        var folder = Path.Combine(FindRepositoryRoot(), "tests", "SessionToolkit.Generators.Tests", "Snapshots");
        var path = Path.Combine(folder, name + ".verified.cs");
        var normalized = Normalize(actual);

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(folder);
            if (!File.Exists(path) || Normalize(File.ReadAllText(path)) != normalized)
            {
                File.WriteAllText(path, normalized);
            }

            return;
        }

        Assert.True(
            File.Exists(path),
            $"Snapshot {path} is missing. Run the tests with {UpdateVariable}=1 to write it, then review it."
        );
        var expected = Normalize(File.ReadAllText(path));
        if (expected != normalized)
        {
            Assert.Fail(
                $"Generated source differs from {path}. Run with {UpdateVariable}=1 to accept it.\n{Diff(expected, normalized)}"
            );
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd() + "\n";

    // Walks up from the test assembly's folder to the repository root. The caller's source path is no help
    // here, because CI builds map source paths to /_/ for deterministic output.
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

    private static string Diff(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var a = i < left.Length ? left[i] : "<end of file>";
            var b = i < right.Length ? right[i] : "<end of file>";
            if (a != b)
            {
                return $"First difference at line {i + 1}:\n  expected: {a}\n  actual:   {b}";
            }
        }

        return "The texts differ only in line endings.";
    }
}
