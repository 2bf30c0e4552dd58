using System;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Running;
using SessionToolkit.Benchmarks.Checkpoints;
using SessionToolkit.Benchmarks.Generators;
using SessionToolkit.Benchmarks.Serialization;
using Xunit;

namespace SessionToolkit.Benchmarks.Tests;

/// <summary>
/// Runs every benchmark method once for every parameter value, so that CI notices a benchmark that no longer
/// builds or throws. Nothing is timed here; docs/benchmarks.md says how to take the measurements.
/// </summary>
public class DryRunTests
{
    public static TheoryData<Type> BenchmarkTypes =>
        [typeof(SuspendResumeBenchmarks), typeof(CheckpointBenchmarks), typeof(GeneratorBenchmarks)];

    [Theory]
    [MemberData(nameof(BenchmarkTypes))]
    public void EveryBenchmarkRunsOnce(Type benchmarkType)
    {
        // BenchmarkDotNet's own expansion of the [Params] values, grouped so that each setup runs once.
        var cases = BenchmarkConverter.TypeToBenchmarks(benchmarkType).BenchmarksCases;
        var groups = cases.GroupBy(c => c.Parameters.DisplayInfo).ToList();

        var invoked = 0;
        foreach (var group in groups)
        {
            var instance = Activator.CreateInstance(benchmarkType)!;
            foreach (var parameter in group.First().Parameters.Items)
            {
                benchmarkType.GetProperty(parameter.Name)!.SetValue(instance, parameter.Value);
            }

            var descriptor = group.First().Descriptor;
            Invoke(descriptor.GlobalSetupMethod, instance);
            try
            {
                foreach (var benchmark in group)
                {
                    Invoke(benchmark.Descriptor.WorkloadMethod, instance);
                    invoked++;
                }
            }
            finally
            {
                Invoke(descriptor.GlobalCleanupMethod, instance);
            }
        }

        Assert.Equal(cases.Length, invoked);
    }

    private static void Invoke(MethodInfo? method, object instance)
    {
        try
        {
            method?.Invoke(instance, null);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            // The benchmark's own exception reads better in a failed test than the reflection wrapper.
            throw e.InnerException;
        }
    }
}
