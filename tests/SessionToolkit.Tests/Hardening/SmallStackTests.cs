using System;
using System.Threading;
using Xunit;

namespace SessionToolkit.Tests.Hardening;

/// <summary>
/// A chain within MaxDepthLimit can still exhaust a thread with a small stack, and a stack overflow ends the
/// process. The depth at which the guard fires depends on the JIT's frame sizes, so the asserts check the kind of
/// error, not the depth in its message.
/// </summary>
public class SmallStackTests
{
    private const int SmallStackBytes = 256 * 1024;

    private static readonly SessionSerializerOptions DeepOptions = new()
    {
        MaxDepth = SessionSerializerOptions.MaxDepthLimit,
    };

    [Fact]
    public void ResumeOnSmallStackIsCorrupted()
    {
        var data = SessionSerializer.Suspend(Chain(998), DeepOptions);

        var error = RunOnSmallStack(() => SessionSerializer.Resume<Lab.LinkedStep>(data, DeepOptions));

        var corrupted = Assert.IsType<CorruptedSessionException>(error);
        Assert.Contains("nests too deep for this thread's stack", corrupted.Message);
    }

    [Fact]
    public void SuspendOnSmallStackIsRejected()
    {
        var chain = Chain(998);

        var error = RunOnSmallStack(() => SessionSerializer.Suspend(chain, DeepOptions));

        var rejected = Assert.IsType<SessionSuspendException>(error);
        Assert.Contains("nests too deep for this thread's stack", rejected.Message);
    }

    private static Lab.LinkedStep Chain(int length)
    {
        var head = new Lab.LinkedStep { N = length };
        for (var n = length - 1; n >= 1; n--)
        {
            head = new Lab.LinkedStep { N = n, Next = head };
        }

        return head;
    }

    private static Exception? RunOnSmallStack(Action action)
    {
        Exception? error = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    action();
                }
                catch (Exception exception)
                {
                    error = exception;
                }
            },
            SmallStackBytes
        );
        thread.Start();
        thread.Join();
        return error;
    }
}
