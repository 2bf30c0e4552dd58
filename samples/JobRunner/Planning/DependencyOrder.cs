using System;
using System.Collections.Generic;
using System.Linq;
using JobRunner.Units;

namespace JobRunner.Planning;

/// <summary>
/// A topological order of units by <c>depends</c> and <c>after</c>, stable by file order: of the units whose
/// predecessors have all been placed, the one written first comes next. Units that cannot be placed because
/// of a cycle follow in file order, and each unit on a cycle is listed with the cycle.
/// </summary>
/// <param name="Order">Every unit given, in run order.</param>
/// <param name="Cycles">For each unit on a cycle, the ids around it, starting and ending with that unit.</param>
public sealed record DependencyOrder(
    IReadOnlyList<UnitDefinition> Order,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Cycles
)
{
    /// <summary>Orders <paramref name="units"/>; edges to ids outside the set are ignored.</summary>
    public static DependencyOrder Sort(IReadOnlyList<UnitDefinition> units)
    {
        var byId = units.ToDictionary(unit => unit.Id, StringComparer.Ordinal);
        var predecessors = units.ToDictionary(
            unit => unit.Id,
            unit => unit.Depends.Concat(unit.After).Where(byId.ContainsKey).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal
        );

        var order = PlaceReadyUnits(units, predecessors);
        var placed = order.Select(unit => unit.Id).ToHashSet(StringComparer.Ordinal);
        var blocked = units.Where(unit => !placed.Contains(unit.Id)).ToList();

        order.AddRange(blocked);
        return new DependencyOrder(order, FindCycles(blocked, predecessors));
    }

    private static List<UnitDefinition> PlaceReadyUnits(
        IReadOnlyList<UnitDefinition> units,
        Dictionary<string, HashSet<string>> predecessors
    )
    {
        var remaining = predecessors.ToDictionary(pair => pair.Key, pair => pair.Value.Count, StringComparer.Ordinal);
        var successors = units.ToDictionary(unit => unit.Id, _ => new List<UnitDefinition>(), StringComparer.Ordinal);
        foreach (var unit in units)
        {
            foreach (var predecessor in predecessors[unit.Id])
            {
                successors[predecessor].Add(unit);
            }
        }

        var ready = new PriorityQueue<UnitDefinition, int>();
        foreach (var unit in units.Where(unit => remaining[unit.Id] == 0))
        {
            ready.Enqueue(unit, unit.Order);
        }

        var order = new List<UnitDefinition>();
        while (ready.TryDequeue(out var next, out _))
        {
            order.Add(next);
            foreach (var successor in successors[next.Id])
            {
                remaining[successor.Id]--;
                if (remaining[successor.Id] == 0)
                {
                    ready.Enqueue(successor, successor.Order);
                }
            }
        }

        return order;
    }

    // A blocked unit is either on a cycle or waits for a unit on one. Only units on a cycle get a cycle to
    // report. The others are skipped at run time, because their dependency was skipped.
    private static Dictionary<string, IReadOnlyList<string>> FindCycles(
        List<UnitDefinition> blocked,
        Dictionary<string, HashSet<string>> predecessors
    )
    {
        var cycles = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var blockedIds = blocked.Select(unit => unit.Id).ToHashSet(StringComparer.Ordinal);

        foreach (var unit in blocked)
        {
            if (cycles.ContainsKey(unit.Id))
            {
                continue;
            }

            var path = FindPathBack(unit.Id, predecessors, blockedIds);
            if (path is null)
            {
                continue;
            }

            // The path follows predecessor edges, so reversing it reads in run order: "a -> b" means b needs a.
            path.Reverse();
            for (var i = 0; i < path.Count - 1; i++)
            {
                var rotated = path.Skip(i).Take(path.Count - 1 - i).Concat(path.Take(i + 1)).ToList();
                cycles.TryAdd(path[i], rotated);
            }
        }

        return cycles;
    }

    private static List<string>? FindPathBack(
        string start,
        Dictionary<string, HashSet<string>> predecessors,
        HashSet<string> blockedIds
    )
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string> { start };
        return Search(start) ? path : null;

        bool Search(string current)
        {
            foreach (var predecessor in predecessors[current].Where(blockedIds.Contains).Order(StringComparer.Ordinal))
            {
                if (predecessor == start)
                {
                    path.Add(start);
                    return true;
                }

                if (!visited.Add(predecessor))
                {
                    continue;
                }

                path.Add(predecessor);
                if (Search(predecessor))
                {
                    return true;
                }

                path.RemoveAt(path.Count - 1);
            }

            return false;
        }
    }
}
