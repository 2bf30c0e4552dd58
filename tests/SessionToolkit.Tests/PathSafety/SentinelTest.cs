using System;
using SessionToolkit.Tests.Storage;

namespace SessionToolkit.Tests.PathSafety;

/// <summary>A test with its own temporary folder and a <see cref="Sentinel"/> beside the repository in it.</summary>
public abstract class SentinelTest : IDisposable
{
    private protected SentinelTest()
    {
        Temp = new TempFolder();
        Outside = new Sentinel(Temp.Combine("outside"));
    }

    private protected TempFolder Temp { get; }

    private protected Sentinel Outside { get; }

    public void Dispose()
    {
        Temp.Dispose();
        GC.SuppressFinalize(this);
    }
}
