using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.CodeAnalysis;

namespace SessionToolkit.Benchmarks.Generators;

/// <summary>
/// SessionToolkit's state generator against System.Text.Json's, over the same compilation of 200 state types,
/// both driven by <c>CSharpGeneratorDriver</c>: a first run, a re-run after a one-line edit in one state type,
/// and a re-run after an edit in a file without state types. Each run gets a fresh clone of its compilation,
/// as the compiler and the IDE make a new compilation per edit, so no bound symbols carry over between runs.
/// </summary>
/// <remarks>
/// Fifty warm-up iterations, because tiered compilation takes about 25 runs to optimize Roslyn's code and a
/// generator runs in a long-lived compiler server or IDE. This attribute overrides <c>--warmupCount</c>.
/// </remarks>
[WarmupCount(50)]
[MemoryDiagnoser]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class GeneratorBenchmarks
{
    private Compilation _compilation = null!;
    private Compilation _stateEdited = null!;
    private Compilation _unrelatedEdited = null!;
    private IIncrementalGenerator _sessionToolkit = null!;
    private IIncrementalGenerator _systemTextJson = null!;
    private IIncrementalGenerator _attributeLookup = null!;
    private GeneratorDriver _sessionToolkitRan = null!;
    private GeneratorDriver _systemTextJsonRan = null!;

    /// <summary>Builds the compilations and runs each generator once, the state the re-runs start from.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _compilation = GeneratorWorkload.CreateCompilation();
        _stateEdited = GeneratorWorkload.EditOneState(_compilation);
        _unrelatedEdited = GeneratorWorkload.EditUnrelatedFile(_compilation);
        _sessionToolkit = GeneratorWorkload.CreateSessionToolkitGenerator();
        _systemTextJson = GeneratorWorkload.CreateSystemTextJsonGenerator();
        _attributeLookup = new AttributeLookupGenerator();
        _sessionToolkitRan = GeneratorWorkload.CreateDriver(_sessionToolkit).RunGenerators(_compilation.Clone());
        _systemTextJsonRan = GeneratorWorkload.CreateDriver(_systemTextJson).RunGenerators(_compilation.Clone());
    }

    /// <summary>SessionToolkit, first run.</summary>
    [Benchmark(Baseline = true, Description = "SessionToolkit")]
    [BenchmarkCategory("First run")]
    public GeneratorDriver FirstRunSessionToolkit() =>
        GeneratorWorkload.CreateDriver(_sessionToolkit).RunGenerators(_compilation.Clone());

    /// <summary>System.Text.Json, first run.</summary>
    [Benchmark(Description = "System.Text.Json")]
    [BenchmarkCategory("First run")]
    public GeneratorDriver FirstRunSystemTextJson() =>
        GeneratorWorkload.CreateDriver(_systemTextJson).RunGenerators(_compilation.Clone());

    /// <summary>The floor of a first run: finding the attributed types and nothing more.</summary>
    [Benchmark(Description = "Attribute lookup only")]
    [BenchmarkCategory("First run")]
    public GeneratorDriver FirstRunAttributeLookup() =>
        GeneratorWorkload.CreateDriver(_attributeLookup).RunGenerators(_compilation.Clone());

    /// <summary>SessionToolkit, re-run after renaming one member of one state type.</summary>
    [Benchmark(Baseline = true, Description = "SessionToolkit")]
    [BenchmarkCategory("Edit in one state")]
    public GeneratorDriver StateEditSessionToolkit() => _sessionToolkitRan.RunGenerators(_stateEdited.Clone());

    /// <summary>System.Text.Json, re-run after renaming one member of one state type.</summary>
    [Benchmark(Description = "System.Text.Json")]
    [BenchmarkCategory("Edit in one state")]
    public GeneratorDriver StateEditSystemTextJson() => _systemTextJsonRan.RunGenerators(_stateEdited.Clone());

    /// <summary>SessionToolkit, re-run after an edit in a file without state types.</summary>
    [Benchmark(Baseline = true, Description = "SessionToolkit")]
    [BenchmarkCategory("Unrelated edit")]
    public GeneratorDriver UnrelatedEditSessionToolkit() => _sessionToolkitRan.RunGenerators(_unrelatedEdited.Clone());

    /// <summary>System.Text.Json, re-run after an edit in a file without state types.</summary>
    [Benchmark(Description = "System.Text.Json")]
    [BenchmarkCategory("Unrelated edit")]
    public GeneratorDriver UnrelatedEditSystemTextJson() => _systemTextJsonRan.RunGenerators(_unrelatedEdited.Clone());
}
