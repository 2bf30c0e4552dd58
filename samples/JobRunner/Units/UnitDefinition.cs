using System.Collections.Generic;

namespace JobRunner.Units;

/// <summary>
/// One unit loaded from a unit file: a job, a template or another kind (category, test plan, ...), with the
/// keys the runner uses already parsed and every key kept in <see cref="Fields"/>.
/// </summary>
public sealed class UnitDefinition
{
    /// <summary>The unit kind a record has when it has no <c>unit</c> key.</summary>
    public const string JobKind = "job";

    /// <summary>The unit kind of a template, which plainbox instantiates from resource jobs.</summary>
    public const string TemplateKind = "template";

    /// <summary>The qualified id, such as <c>com.canonical.certification::cpu/topology</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The <c>unit</c> key: <c>job</c> (the default), <c>template</c>, <c>category</c>, ...</summary>
    public required string Kind { get; init; }

    /// <summary>The <c>plugin</c> key (<c>shell</c>, <c>attachment</c>, <c>manual</c>, ...), or <c>null</c> when absent.</summary>
    public string? Plugin { get; init; }

    /// <summary>The <c>command</c> key, run by <c>bash -c</c>.</summary>
    public string? Command { get; init; }

    /// <summary>Qualified ids from <c>depends</c>: jobs that must pass before this one runs.</summary>
    public IReadOnlyList<string> Depends { get; init; } = [];

    /// <summary>Qualified ids from <c>after</c>: jobs that run first when selected, whatever their outcome.</summary>
    public IReadOnlyList<string> After { get; init; } = [];

    /// <summary>The <c>requires</c> resource expression, kept as text because the runner does not evaluate it.</summary>
    public string? Requires { get; init; }

    /// <summary>The <c>user</c> key: the account the job must run as, or <c>null</c> for the runner's own.</summary>
    public string? User { get; init; }

    /// <summary>Environment variable names from <c>environ</c> that the job receives from the runner.</summary>
    public IReadOnlyList<string> Environ { get; init; } = [];

    /// <summary>The <c>estimated_duration</c> key in seconds.</summary>
    public double? EstimatedDuration { get; init; }

    /// <summary>The <c>_summary</c> (or <c>summary</c>) key.</summary>
    public string? Summary { get; init; }

    /// <summary>The <c>_purpose</c> (or <c>purpose</c>) key.</summary>
    public string? Purpose { get; init; }

    /// <summary>Every key of the record, including the ones above, with its value and line.</summary>
    public required IReadOnlyDictionary<string, UnitField> Fields { get; init; }

    /// <summary>The unit file the unit was read from.</summary>
    public required string File { get; init; }

    /// <summary>The line of the record's first key.</summary>
    public required int Line { get; init; }

    /// <summary>The position of the unit among all loaded units, in file order; plans sort ties by it.</summary>
    public required int Order { get; init; }

    /// <summary>Whether the unit is a job.</summary>
    public bool IsJob => Kind == JobKind;

    /// <summary>Whether the unit is a template.</summary>
    public bool IsTemplate => Kind == TemplateKind;
}
