using System.Linq;
using System.Text.Json;
using SessionToolkit.Benchmarks.Serialization;
using Xunit;

namespace SessionToolkit.Benchmarks.Tests;

/// <summary>
/// Every suspend row must write the same JSON document as the generated writer, so that the rows compare equal
/// work. System.Text.Json is set up with the generated format's names and enum style; only the member order
/// differs, because the generated writer sorts members by name.
/// </summary>
public class SuspendRowTests
{
    public static TheoryData<string> SuspendRows =>
        [
            .. typeof(SuspendResumeBenchmarks)
                .GetMethods()
                .Where(m => m.Name.StartsWith("Suspend", System.StringComparison.Ordinal))
                .Where(m => m.ReturnType == typeof(int))
                .Select(m => m.Name),
        ];

    [Theory]
    [MemberData(nameof(SuspendRows))]
    public void SuspendRowWritesGeneratedBytes(string row)
    {
        var benchmark = new SuspendResumeBenchmarks { Jobs = 100 };
        benchmark.Setup();

        var length = (int)typeof(SuspendResumeBenchmarks).GetMethod(row)!.Invoke(benchmark, null)!;

        using var expected = JsonDocument.Parse(benchmark.GeneratedJson);
        using var actual = JsonDocument.Parse(benchmark.LastWritten);
        Assert.Equal(benchmark.GeneratedJson.Length, length);
        Assert.True(JsonElement.DeepEquals(expected.RootElement, actual.RootElement));
    }
}
