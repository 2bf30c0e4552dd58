using System.Linq;
using System.Reflection;
using Xunit;

namespace SessionToolkit.Generators.Tests;

public class KnownNamesTests
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(KnownNames).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            data.Add((string)field.GetRawConstantValue()!);
        }

        return data;
    }

    public static TheoryData<string> FrameworkNames()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(KnownNames.Framework).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            data.Add((string)field.GetRawConstantValue()!);
        }

        return data;
    }

    // The framework assemblies that define the supported types, loaded through one type of each.
    private static readonly System.Reflection.Assembly[] FrameworkAssemblies =
    [
        typeof(object).Assembly,
        typeof(System.Uri).Assembly,
        typeof(System.Collections.Generic.HashSet<>).Assembly,
        typeof(System.Collections.Immutable.ImmutableArray).Assembly,
        typeof(System.Text.Json.JsonElement).Assembly,
    ];

    [Theory]
    [MemberData(nameof(FrameworkNames))]
    public void FrameworkNameExists(string metadataName)
    {
        var type = FrameworkAssemblies.Select(a => a.GetType(metadataName)).FirstOrDefault(t => t is not null);

        Assert.NotNull(type);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void KnownNameExistsInRuntime(string metadataName)
    {
        var type = typeof(SessionStateAttribute).Assembly.GetType(metadataName);

        Assert.NotNull(type);
    }
}
