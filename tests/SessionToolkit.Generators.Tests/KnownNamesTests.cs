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

    [Theory]
    [MemberData(nameof(Names))]
    public void KnownNameExistsInRuntime(string metadataName)
    {
        var type = typeof(SessionStateAttribute).Assembly.GetType(metadataName);

        Assert.NotNull(type);
    }
}
