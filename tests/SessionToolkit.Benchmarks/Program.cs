using BenchmarkDotNet.Running;

namespace SessionToolkit.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project tests/SessionToolkit.Benchmarks -- --filter '*'</c> runs every
/// benchmark; <c>-- facts</c> prints the sizes and generator counts that docs/benchmarks.md quotes.
/// </summary>
public static class Program
{
    /// <summary>Runs the benchmarks that the arguments select, or prints the facts with <c>facts</c>.</summary>
    public static void Main(string[] args)
    {
        if (args is ["facts"])
        {
            WorkloadFacts.Print();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
