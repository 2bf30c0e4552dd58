using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SessionToolkit.Generators.Directories;
using SessionToolkit.Generators.Tests.Infrastructure;
using Xunit;

namespace SessionToolkit.Generators.Tests.Directories;

public class DirectoriesCachingTests
{
    private const string Dirs = """
        using SessionToolkit;
        namespace Lab;
        [WellKnownDirectories]
        public partial class RunDirs
        {
            [WellKnownDirectory("logs")] public partial string Logs { get; }
            [WellKnownDirectory("bad/")] public partial string Bad { get; }
        }

        [WellKnownDirectories]
        public partial class GoodDirs
        {
            [WellKnownDirectory("logs")] public partial string Logs { get; }
        }
        """;

    private static readonly string[] TrackedSteps =
    [
        WellKnownDirectoriesGenerator.TrackingNames.Parse,
        WellKnownDirectoriesGenerator.TrackingNames.Types,
    ];

    private static (GeneratorDriver Driver, GeneratorRunResult Second) RunTwice()
    {
        var compilation = GeneratorHarness.CreateCompilation([("Dirs.cs", Dirs), ("Other.cs", "class Other { }")]);
        var driver = GeneratorHarness.CreateDriver(new WellKnownDirectoriesGenerator());
        driver = driver.RunGenerators(compilation);

        // An edit in an unrelated file must leave every step cached.
        var otherTree = compilation.SyntaxTrees.Single(t => t.FilePath == "Other.cs");
        var edited = compilation.ReplaceSyntaxTree(
            otherTree,
            CSharpSyntaxTree.ParseText("class Other { int x; }", GeneratorHarness.ParseOptions, "Other.cs")
        );
        driver = driver.RunGenerators(edited);
        return (driver, driver.GetRunResult().Results.Single());
    }

    [Fact]
    public void UnrelatedEditIsCached()
    {
        var (_, second) = RunTwice();

        foreach (var name in TrackedSteps)
        {
            var steps = second.TrackedSteps[name];
            Assert.NotEmpty(steps);
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"{name}: {output.Reason}"
                );
            }
        }
    }

    [Fact]
    public void OutputStepsAreCached()
    {
        var (_, second) = RunTwice();

        var outputs = second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs);

        Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void StepOutputsHoldNoSymbols()
    {
        var (_, second) = RunTwice();

        foreach (var name in TrackedSteps)
        {
            foreach (var output in second.TrackedSteps[name].SelectMany(s => s.Outputs))
            {
                AssertNoRoslynObjects(output.Value, name);
            }
        }
    }

    // Walks the model graph by reflection and fails on anything that would pin a compilation in memory.
    private static void AssertNoRoslynObjects(object? value, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        Assert.False(value is ISymbol, $"{path} holds an ISymbol");
        Assert.False(value is SyntaxNode, $"{path} holds a SyntaxNode");
        Assert.False(value is Compilation, $"{path} holds a Compilation");
        Assert.False(value is SemanticModel, $"{path} holds a SemanticModel");
        Assert.False(value is Location, $"{path} holds a Location");

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertNoRoslynObjects(item, path + "[]");
            }

            return;
        }

        var flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        foreach (var field in value.GetType().GetFields(flags))
        {
            if (
                field.FieldType.Namespace?.StartsWith("System", StringComparison.Ordinal) == true
                && field.FieldType != typeof(object)
            )
            {
                continue;
            }

            AssertNoRoslynObjects(field.GetValue(value), path + "." + field.Name);
        }
    }
}
