using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SessionToolkit.Generators;

namespace SessionToolkit.Benchmarks.Generators;

/// <summary>
/// A compilation of <see cref="TypeCount"/> state types, one per file, each also listed on one
/// System.Text.Json context, plus one unrelated file; and the two generators that run over it.
/// </summary>
public static class GeneratorWorkload
{
    /// <summary>Number of state types in the compilation.</summary>
    public const int TypeCount = 200;

    /// <summary>Path of the state file that the one-line edit changes.</summary>
    public const string EditedStatePath = "States/State100.cs";

    /// <summary>Path of the file that contains no state type.</summary>
    public const string UnrelatedPath = "Util.cs";

    private const string UnrelatedSource = "namespace Lab; public static class Util { public static int One() => 1; }";

    /// <summary>Parse options of the SDK's default language version.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>Creates the compilation of the 200 state types, the context and <see cref="UnrelatedPath"/>.</summary>
    public static CSharpCompilation CreateCompilation()
    {
        var trees = Enumerable
            .Range(0, TypeCount)
            .Select(i => Parse(StatePath(i), StateSource(i, "Count")))
            .Append(Parse("States/LabJsonContext.cs", ContextSource()))
            .Append(Parse(UnrelatedPath, UnrelatedSource));
        var references = Net100
            .References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(SessionStateAttribute).Assembly.Location));
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable
        );
        return CSharpCompilation.Create("Lab", trees, references, options);
    }

    /// <summary>Returns <paramref name="compilation"/> with one member of one state type renamed.</summary>
    public static Compilation EditOneState(Compilation compilation) =>
        Replace(compilation, EditedStatePath, StateSource(100, "Total"));

    /// <summary>Returns <paramref name="compilation"/> with the file that has no state type changed.</summary>
    public static Compilation EditUnrelatedFile(Compilation compilation) =>
        Replace(compilation, UnrelatedPath, UnrelatedSource.Replace("=> 1", "=> 2", StringComparison.Ordinal));

    /// <summary>Creates SessionToolkit's state generator.</summary>
    public static IIncrementalGenerator CreateSessionToolkitGenerator() => new SessionStateGenerator();

    /// <summary>
    /// Creates System.Text.Json's source generator from the .NET SDK's targeting pack, the copy the compiler
    /// loads for a net10.0 project.
    /// </summary>
    public static IIncrementalGenerator CreateSystemTextJsonGenerator()
    {
        var assembly = Assembly.LoadFrom(FindSystemTextJsonGenerator());
        var type = assembly.GetTypes().Single(t => typeof(IIncrementalGenerator).IsAssignableFrom(t) && !t.IsAbstract);
        return (IIncrementalGenerator)Activator.CreateInstance(type)!;
    }

    /// <summary>Creates a driver without step tracking, as the compiler runs generators.</summary>
    public static GeneratorDriver CreateDriver(IIncrementalGenerator generator, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackSteps)
        );

    /// <summary>
    /// Returns the path of System.Text.Json.SourceGeneration.dll in the newest Microsoft.NETCore.App.Ref 10.x
    /// pack of the dotnet installation that runs this process.
    /// </summary>
    public static string FindSystemTextJsonGenerator()
    {
        // The runtime folder is <dotnet root>/shared/Microsoft.NETCore.App/<version>/.
        var dotnetRoot = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var newest = Directory.Exists(packs)
            ? Directory
                .GetDirectories(packs)
                .Select(folder =>
                    (Folder: folder, Version: Version.TryParse(Path.GetFileName(folder), out var v) ? v : null)
                )
                .Where(pack => pack.Version is { Major: 10 })
                .OrderByDescending(pack => pack.Version)
                .Select(pack =>
                    Path.Combine(pack.Folder, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll")
                )
                .FirstOrDefault(File.Exists)
            : null;
        return newest
            ?? throw new FileNotFoundException(
                $"System.Text.Json.SourceGeneration.dll was not found in any 10.x pack under {packs}."
            );
    }

    private static string StatePath(int index) => $"States/State{index:D3}.cs";

    private static SyntaxTree Parse(string path, string text) =>
        CSharpSyntaxTree.ParseText(text, ParseOptions, path: path, encoding: Encoding.UTF8);

    private static Compilation Replace(Compilation compilation, string path, string text)
    {
        var old = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        return compilation.ReplaceSyntaxTree(old, Parse(path, text));
    }

    // Seven members of the usual kinds: text, numbers, an enum, a time, a list, a dictionary and a nested type.
    private static string StateSource(int index, string countName) =>
        $$"""
            using System;
            using System.Collections.Generic;
            using SessionToolkit;

            namespace Lab;

            public enum Phase{{index:D3}} { Planned, Running, Done }

            [SessionState(Version = 1, Naming = SessionNamingPolicy.SnakeCase)]
            public partial class State{{index:D3}}
            {
                [SessionMetadata] public string Title { get; set; } = "";
                public int {{countName}} { get; set; }
                public Phase{{index:D3}} Phase { get; set; }
                public DateTimeOffset StartedAt { get; set; }
                public List<string> Jobs { get; set; } = [];
                public Dictionary<string, double> Durations { get; set; } = [];
                public Detail{{index:D3}} Detail { get; set; } = new();
            }

            [SessionData]
            public partial class Detail{{index:D3}}
            {
                public string? Comment { get; set; }
                public int? ReturnCode { get; set; }
            }
            """;

    private static string ContextSource()
    {
        var text = new StringBuilder(
            """
            using System.Text.Json.Serialization;

            namespace Lab;

            [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, UseStringEnumConverter = true)]

            """
        );
        for (var i = 0; i < TypeCount; i++)
        {
            text.Append($"[JsonSerializable(typeof(State{i:D3}))]\n");
        }

        text.Append("public partial class LabJsonContext : JsonSerializerContext;\n");
        return text.ToString();
    }

    /// <summary>Counts the generated files of the last run of <paramref name="driver"/>.</summary>
    public static int CountGeneratedSources(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Sum(r => r.GeneratedSources.Length);

    /// <summary>Counts the source outputs of the last run that were produced anew instead of taken from the cache.</summary>
    public static int CountRegeneratedOutputs(GeneratorDriver driver) =>
        driver
            .GetRunResult()
            .Results.SelectMany(r => r.TrackedOutputSteps)
            .SelectMany(step => step.Value)
            .SelectMany(run => run.Outputs)
            .Count(output => output.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
}
