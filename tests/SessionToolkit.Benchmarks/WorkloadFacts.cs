using System;
using System.Buffers;
using System.IO.Compression;
using System.Text.Json;
using SessionToolkit.Benchmarks.Generators;
using SessionToolkit.Benchmarks.State;

namespace SessionToolkit.Benchmarks;

/// <summary>Sizes and counts behind the benchmark tables, which BenchmarkDotNet's columns do not show.</summary>
public static class WorkloadFacts
{
    /// <summary>Prints the JSON and checkpoint sizes, the fast-path check and the generator output counts.</summary>
    public static void Print()
    {
        PrintJsonSizes();
        PrintCheckpointSizes();
        PrintGeneratorCounts();
    }

    private static void PrintJsonSizes()
    {
        var fastPath = BenchJsonContext.Default.JsonEnvelope.SerializeHandler is not null;
        Console.WriteLine($"System.Text.Json fast-path serialize handler generated: {fastPath}");
        foreach (var jobs in new[] { 100, 1_000, 10_000 })
        {
            var session = SessionFactory.Create(jobs);
            var generated = new ArrayBufferWriter<byte>();
            SessionSerializer.SuspendJson(session, generated);
            var sourceGen = JsonSerializer.SerializeToUtf8Bytes(
                JsonEnvelope.Of(session),
                BenchJsonContext.Default.JsonEnvelope
            );
            Console.WriteLine(
                $"{jobs} jobs: generated JSON {generated.WrittenCount} B, System.Text.Json {sourceGen.Length} B"
            );
        }
    }

    private static void PrintCheckpointSizes()
    {
        var session = SessionFactory.Create(1_000);
        foreach (var level in Enum.GetValues<CompressionLevel>())
        {
            var options = new SessionSerializerOptions { CompressionLevel = level };
            Console.WriteLine($"1000 jobs, {level}: checkpoint {SessionSerializer.Suspend(session, options).Length} B");
        }
    }

    private static void PrintGeneratorCounts()
    {
        var compilation = GeneratorWorkload.CreateCompilation();
        var generators = new[]
        {
            ("SessionToolkit", GeneratorWorkload.CreateSessionToolkitGenerator()),
            ("System.Text.Json", GeneratorWorkload.CreateSystemTextJsonGenerator()),
        };
        foreach (var (name, generator) in generators)
        {
            var first = GeneratorWorkload.CreateDriver(generator, trackSteps: true).RunGenerators(compilation.Clone());
            var stateEdit = first.RunGenerators(GeneratorWorkload.EditOneState(compilation));
            var unrelatedEdit = first.RunGenerators(GeneratorWorkload.EditUnrelatedFile(compilation));
            Console.WriteLine(
                $"{name}: {GeneratorWorkload.CountGeneratedSources(first)} files; regenerated after a state edit "
                    + $"{GeneratorWorkload.CountRegeneratedOutputs(stateEdit)}, after an unrelated edit "
                    + $"{GeneratorWorkload.CountRegeneratedOutputs(unrelatedEdit)}"
            );
        }
    }
}
