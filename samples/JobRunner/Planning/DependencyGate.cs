using System.Collections.Generic;
using JobRunner.Execution;
using JobRunner.Units;

namespace JobRunner.Planning;

/// <summary>Decides at run time whether a job's dependencies let it run, from the outcomes recorded so far.</summary>
public static class DependencyGate
{
    /// <summary>Returns why <paramref name="unit"/> must be skipped given <paramref name="outcomes"/>, or <c>null</c>.</summary>
    public static string? FindBlockingReason(UnitDefinition unit, IReadOnlyDictionary<string, JobOutcome> outcomes)
    {
        foreach (var dependency in unit.Depends)
        {
            if (!outcomes.TryGetValue(dependency, out var outcome))
            {
                return SkipReasons.DependencyNotRun(dependency);
            }

            switch (outcome)
            {
                case JobOutcome.Fail:
                    return SkipReasons.DependencyFailed(dependency);
                case JobOutcome.Skip:
                    return SkipReasons.DependencySkipped(dependency);
            }
        }

        return null;
    }
}
