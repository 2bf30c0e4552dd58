using System.IO;
using Xunit;

namespace SessionToolkit.Tests.Infrastructure;

public class SharedDataTests
{
    [Fact]
    public void RepositoryRootHoldsSolution()
    {
        Assert.True(File.Exists(Path.Combine(SharedData.RepositoryRoot, "SessionToolkit.sln")));
    }
}
