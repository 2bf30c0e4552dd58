using Xunit;

namespace SessionToolkit.Generators.Tests;

public class SmokeTests
{
    [Fact]
    public void Placeholder() => Assert.True(true);
}
