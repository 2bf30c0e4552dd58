using JobRunner.Units;

namespace JobRunner.Planning;

/// <summary>One job of a plan, with the reason it will not run when that follows from the job alone.</summary>
/// <param name="Unit">The job (or template) unit.</param>
/// <param name="SkipReason">Why the job is skipped whatever happens before it, or <c>null</c> when it may run.</param>
public sealed record PlannedJob(UnitDefinition Unit, string? SkipReason)
{
    /// <summary>Whether the job has a <c>requires</c> expression, which this runner does not evaluate.</summary>
    public bool HasUnevaluatedRequires => Unit.Requires is not null;
}
