using Microsoft.CodeAnalysis;
using SessionToolkit.Generators.Tests.Infrastructure;
using Xunit;

namespace SessionToolkit.Generators.Tests;

/// <summary>The symbol check that attribute lookups use in place of formatting each attribute's type.</summary>
public class MetadataNamesTests
{
    private const string Source = """
        namespace SessionToolkit { public sealed class TransientAttribute : System.Attribute { } }
        namespace Other.SessionToolkit { public sealed class TransientAttribute : System.Attribute { } }
        namespace Lab { public static class Outer { public sealed class TransientAttribute : System.Attribute { } } }
        public sealed class TransientAttribute : System.Attribute { }
        namespace SessionToolkitX { public sealed class TransientAttribute : System.Attribute { } }
        namespace Lab { public sealed class Box<T> { } }
        """;

    private static readonly Compilation Compilation = GeneratorHarness.CreateCompilation([("Types.cs", Source)]);

    [Theory]
    [InlineData("SessionToolkit.TransientAttribute", "SessionToolkit.TransientAttribute", true)]
    [InlineData("Other.SessionToolkit.TransientAttribute", "SessionToolkit.TransientAttribute", false)]
    [InlineData("Other.SessionToolkit.TransientAttribute", "Other.SessionToolkit.TransientAttribute", true)]
    [InlineData("Lab.Outer+TransientAttribute", "SessionToolkit.TransientAttribute", false)]
    [InlineData("TransientAttribute", "SessionToolkit.TransientAttribute", false)]
    [InlineData("TransientAttribute", "TransientAttribute", true)]
    [InlineData("SessionToolkitX.TransientAttribute", "SessionToolkit.TransientAttribute", false)]
    [InlineData("SessionToolkit.TransientAttribute", "TransientAttribute", false)]
    [InlineData("Lab.Box`1", "Lab.Box`1", true)]
    [InlineData("Lab.Box`1", "Lab.Box", false)]
    public void MatchesWholeNameOnly(string typeName, string metadataName, bool expected)
    {
        var type = Compilation.GetTypeByMetadataName(typeName);

        Assert.NotNull(type);
        Assert.Equal(expected, MetadataNames.Is(type, metadataName));
    }

    [Fact]
    public void NullTypeMatchesNothing()
    {
        Assert.False(MetadataNames.Is(null, "SessionToolkit.TransientAttribute"));
    }
}
