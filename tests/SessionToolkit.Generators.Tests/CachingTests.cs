using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SessionToolkit.Generators.Tests.Infrastructure;
using Xunit;

namespace SessionToolkit.Generators.Tests;

public class CachingTests
{
    private const string State = """
        using SessionToolkit;
        namespace Lab;
        [SessionState(Version = 1)]
        public partial class Counter { public int Value { get; set; } }
        [SessionState(Version = 1)]
        public partial class Gauge { public double Level { get; set; } }
        [SessionData]
        public partial class Reading { public int Raw { get; set; } }
        """;

    private const string Other = "namespace Lab; public static class Util { public static int One() => 1; }";

    private static readonly string[] TrackedSteps =
    [
        TrackingNames.StateTypes,
        TrackingNames.DataTypes,
        TrackingNames.StateModels,
        TrackingNames.DataModels,
        TrackingNames.SchemaRequest,
        TrackingNames.SchemaSource,
        TrackingNames.RecordedSchema,
    ];

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun() =>
        FirstRun(GeneratorHarness.CreateDriver(new SessionStateGenerator()));

    // A build with -p:UpdateSessionSchema=true, whose steps record the schema file.
    private static (GeneratorDriver Driver, Compilation Compilation) FirstRecordingRun() =>
        FirstRun(SchemaHarness.CreateDriver("{ \"formatVersion\": 1, \"states\": {} }", update: true));

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun(GeneratorDriver driver)
    {
        var compilation = GeneratorHarness.CreateCompilation([("Counter.cs", State), ("Util.cs", Other)]);
        return (driver.RunGenerators(compilation), compilation);
    }

    private static GeneratorRunResult Rerun(GeneratorDriver driver, Compilation compilation, string path, string text)
    {
        var old = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        var edited = compilation.ReplaceSyntaxTree(
            old,
            CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, path: path)
        );
        return driver.RunGenerators(edited).GetRunResult().Results.Single();
    }

    [Fact]
    public void UnrelatedEditIsCached()
    {
        var (driver, compilation) = FirstRun();

        var result = Rerun(driver, compilation, "Util.cs", Other.Replace("=> 1", "=> 2"));

        foreach (var step in TrackedSteps)
        {
            var reasons = StepOutputs(result, step).Select(o => o.Reason);
            Assert.All(reasons, r =>
                Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {r}")
            );
        }

        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs);
        Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    // A step that did not run in a pass has no entry, which for the schema steps of a normal build is the point.
    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> StepOutputs(
        GeneratorRunResult result,
        string step
    ) => result.TrackedSteps.TryGetValue(step, out var runs) ? runs.SelectMany(s => s.Outputs) : [];

    [Fact]
    public void RecordingUnrelatedEditIsCached()
    {
        var (driver, compilation) = FirstRecordingRun();

        var result = Rerun(driver, compilation, "Util.cs", Other.Replace("=> 1", "=> 2"));

        foreach (var step in TrackedSteps)
        {
            var reasons = StepOutputs(result, step).Select(o => o.Reason);
            Assert.All(reasons, r =>
                Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {r}")
            );
        }

        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.Equal(4, outputs.Count);
        Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void RecordingStateEditRecordsAgain()
    {
        var (driver, compilation) = FirstRecordingRun();

        var result = Rerun(driver, compilation, "Counter.cs", State.Replace("int Value", "int Total"));

        var recorded = Assert.Single(result.TrackedSteps[TrackingNames.RecordedSchema].SelectMany(s => s.Outputs));
        Assert.Equal(IncrementalStepRunReason.Modified, recorded.Reason);
        Assert.Contains("\"Total\": { \"type\": \"int32\" }", (string)recorded.Value);
    }

    [Fact]
    public void RecordingStepsHoldNoRoslynObjects()
    {
        var (driver, compilation) = FirstRecordingRun();
        var result = Rerun(driver, compilation, "Counter.cs", State.Replace("int Value", "int Total"));

        var steps = result.TrackedSteps.Where(s => TrackedSteps.Contains(s.Key)).SelectMany(s => s.Value);
        foreach (var output in steps.SelectMany(s => s.Outputs))
        {
            AssertNoRoslynObjects(output.Value, "output", new HashSet<object>(ReferenceEqualityComparer.Instance));
        }
    }

    [Fact]
    public void EditOfOneTypeModifiesOnlyItsModel()
    {
        var (driver, compilation) = FirstRun();

        var result = Rerun(driver, compilation, "Counter.cs", State.Replace("int Value", "int Total"));

        var models = result
            .TrackedSteps[TrackingNames.StateModels]
            .SelectMany(s => s.Outputs)
            .ToDictionary(o => ((SessionToolkit.Generators.Model.TypeResult)o.Value).Name, o => o.Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, models["Lab.Counter"]);
        Assert.Contains(
            models["Lab.Gauge"],
            new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }
        );
    }

    [Fact]
    public void EditOfOneTypeModifiesOneOutput()
    {
        var (driver, compilation) = FirstRun();

        var result = Rerun(driver, compilation, "Counter.cs", State.Replace("int Value", "int Total"));

        var reasons = result
            .TrackedOutputSteps.SelectMany(s => s.Value)
            .SelectMany(s => s.Outputs)
            .Select(o => o.Reason)
            .ToList();
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, reasons.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(3, reasons.Count);
    }

    [Fact]
    public void GeneratedTextUnchangedAfterUnrelatedEdit()
    {
        var (driver, compilation) = FirstRun();
        var before = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.SourceText.ToString());

        var result = Rerun(driver, compilation, "Util.cs", Other.Replace("=> 1", "=> 2"));

        Assert.Equal(before, result.GeneratedSources.Select(s => s.SourceText.ToString()));
    }

    [Fact]
    public void StepOutputsHoldNoRoslynObjects()
    {
        var (driver, compilation) = FirstRun();
        var result = Rerun(driver, compilation, "Counter.cs", State.Replace("int Value", "int Total"));

        var steps = result.TrackedSteps.Where(s => TrackedSteps.Contains(s.Key)).SelectMany(s => s.Value);
        foreach (var output in steps.SelectMany(s => s.Outputs))
        {
            AssertNoRoslynObjects(output.Value, "output", new HashSet<object>(ReferenceEqualityComparer.Instance));
        }
    }

    private static readonly Type[] Banned =
    [
        typeof(ISymbol),
        typeof(SyntaxNode),
        typeof(SemanticModel),
        typeof(Compilation),
    ];

    private static void AssertNoRoslynObjects(object? value, string path, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        if (!value.GetType().IsValueType && !visited.Add(value))
        {
            return;
        }

        Assert.False(Banned.Any(b => b.IsInstanceOfType(value)), $"{path} is a {value.GetType().FullName}");
        if (value is DiagnosticDescriptor)
        {
            return;
        }

        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                AssertNoRoslynObjects(item, $"{path}[{index++}]", visited);
            }
        }

        const BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        foreach (var field in value.GetType().GetFields(flags))
        {
            AssertNoRoslynObjects(field.GetValue(value), path + "." + field.Name, visited);
        }
    }
}
