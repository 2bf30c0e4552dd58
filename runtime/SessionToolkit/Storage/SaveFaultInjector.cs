using System.Collections.Generic;

namespace SessionToolkit;

/// <summary>
/// Records the steps of each save and makes one of them fail as if its system call had returned
/// <see cref="Errno"/>; the real call is skipped.
/// </summary>
internal sealed class SaveFaultInjector
{
    /// <summary>Step to fail, or null to record only.</summary>
    public SaveStep? FailingStep { get; init; }

    /// <summary>errno the failing step reports.</summary>
    public int Errno { get; init; }

    /// <summary>Every step reached, in order, including the failing one.</summary>
    public List<SaveStep> Steps { get; } = [];

    /// <summary>Records <paramref name="step"/> and returns the errno to simulate, or 0 to run the real call.</summary>
    internal int Enter(SaveStep step)
    {
        Steps.Add(step);
        return step == FailingStep ? Errno : 0;
    }
}
