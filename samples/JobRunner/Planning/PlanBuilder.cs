using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using JobRunner.Units;

namespace JobRunner.Planning;

/// <summary>
/// Builds the plan for a run: selects jobs by id, adds what they depend on, orders them and attaches the skip
/// reasons known before anything runs.
/// </summary>
public static class PlanBuilder
{
    /// <summary>
    /// Builds a plan from <paramref name="catalog"/>. A unit is selected when one of <paramref name="includes"/>
    /// matches its whole qualified id or its whole partial id (all jobs when there is no pattern); templates are
    /// selected too, so that the report gives the reason they do not run. The <c>depends</c> of selected jobs are
    /// selected as well; <c>after</c> only orders jobs that are selected anyway.
    /// </summary>
    /// <exception cref="ArgumentException">A pattern is not a valid regular expression.</exception>
    public static ExecutionPlan Build(
        UnitCatalog catalog,
        IReadOnlyList<string> includes,
        string currentUser,
        bool runRootJobs = false
    )
    {
        var patterns = includes.Select(CompileFullMatch).ToList();
        var selected = SelectWithDependencies(catalog, patterns);
        var order = DependencyOrder.Sort(selected);

        var jobs = order
            .Order.Select(unit => new PlannedJob(
                unit,
                StaticReason(unit, catalog, currentUser, runRootJobs, order.Cycles)
            ))
            .ToList();
        return new ExecutionPlan(jobs);
    }

    private static Regex CompileFullMatch(string pattern)
    {
        try
        {
            // Parsed alone first, so that an error quotes the pattern as typed with its own offsets, and so that a
            // pattern valid only inside the anchors' group, such as "a)|(b", is rejected.
            _ = new Regex(pattern, RegexOptions.CultureInvariant);
            return new Regex($"^(?:{pattern})$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException error)
        {
            throw new ArgumentException($"invalid --include pattern '{pattern}': {error.Message}", error);
        }
    }

    private static List<UnitDefinition> SelectWithDependencies(UnitCatalog catalog, List<Regex> patterns)
    {
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<UnitDefinition>(
            catalog.Units.Where(unit => (unit.IsJob || unit.IsTemplate) && Matches(unit, patterns)).Reverse()
        );

        while (pending.Count > 0)
        {
            var unit = pending.Pop();
            if (!chosen.Add(unit.Id))
            {
                continue;
            }

            foreach (var dependency in unit.Depends)
            {
                if (catalog.TryGet(dependency, out var found))
                {
                    pending.Push(found);
                }
            }
        }

        return [.. catalog.Units.Where(unit => chosen.Contains(unit.Id))];
    }

    private static bool Matches(UnitDefinition unit, List<Regex> patterns) =>
        patterns.Count == 0
        || patterns.Any(pattern => pattern.IsMatch(unit.Id) || pattern.IsMatch(JobId.Partial(unit.Id)));

    private static string? StaticReason(
        UnitDefinition unit,
        UnitCatalog catalog,
        string currentUser,
        bool runRootJobs,
        IReadOnlyDictionary<string, IReadOnlyList<string>> cycles
    )
    {
        var reason = SkipReasons.ForUnit(unit, currentUser, runRootJobs);
        if (reason is not null)
        {
            return reason;
        }

        var missing = unit.Depends.FirstOrDefault(id => !catalog.TryGet(id, out _));
        if (missing is not null)
        {
            return SkipReasons.MissingDependency(missing);
        }

        return cycles.TryGetValue(unit.Id, out var cycle) ? SkipReasons.Cycle(cycle) : null;
    }
}
