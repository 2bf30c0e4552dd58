using Microsoft.CodeAnalysis;
using SessionToolkit.Benchmarks.Generators;
using Xunit;

namespace SessionToolkit.Benchmarks.Tests;

/// <summary>
/// The caching claims of docs/benchmarks.md, checked on the benchmark's own 200-type compilation with step
/// tracking on.
/// </summary>
public class GeneratorCachingTests
{
    private static readonly Compilation Compilation = GeneratorWorkload.CreateCompilation();

    private static GeneratorDriver FirstRun() =>
        GeneratorWorkload
            .CreateDriver(GeneratorWorkload.CreateSessionToolkitGenerator(), trackSteps: true)
            .RunGenerators(Compilation, TestContext.Current.CancellationToken);

    [Fact]
    public void FirstRunWritesFilePerType()
    {
        var driver = FirstRun();

        // One file for each state type and one for the data type beside it.
        Assert.Equal(2 * GeneratorWorkload.TypeCount, GeneratorWorkload.CountGeneratedSources(driver));
    }

    [Fact]
    public void UnrelatedEditRegeneratesNothing()
    {
        var edited = GeneratorWorkload.EditUnrelatedFile(Compilation);
        var driver = FirstRun().RunGenerators(edited, TestContext.Current.CancellationToken);

        Assert.Equal(0, GeneratorWorkload.CountRegeneratedOutputs(driver));
    }

    [Fact]
    public void StateEditRegeneratesOneFile()
    {
        var edited = GeneratorWorkload.EditOneState(Compilation);
        var driver = FirstRun().RunGenerators(edited, TestContext.Current.CancellationToken);

        Assert.Equal(1, GeneratorWorkload.CountRegeneratedOutputs(driver));
    }
}
