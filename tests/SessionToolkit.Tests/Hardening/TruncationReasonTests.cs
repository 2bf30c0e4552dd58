using SessionToolkit.Tests.Sessions;
using Xunit;

namespace SessionToolkit.Tests.Hardening;

/// <summary>A cut-off checkpoint is reported as damage, never as a checkpoint above the size limit.</summary>
public class TruncationReasonTests
{
    [Fact]
    public void EveryTruncationBlamesDamage()
    {
        var bytes = SessionSerializer.Suspend(new JobState { Title = new string('x', 500) });

        for (var length = 1; length < bytes.Length; length++)
        {
            var error = Assert.Throws<CorruptedSessionException>(() => SessionSerializer.Peek(bytes[..length]));

            Assert.DoesNotContain("exceeds the limit", error.Message);
        }
    }
}
