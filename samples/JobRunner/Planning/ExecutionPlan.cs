using System.Collections.Generic;

namespace JobRunner.Planning;

/// <summary>The selected jobs in the order they run: every dependency before the jobs that need it.</summary>
/// <param name="Jobs">The jobs in run order.</param>
public sealed record ExecutionPlan(IReadOnlyList<PlannedJob> Jobs);
