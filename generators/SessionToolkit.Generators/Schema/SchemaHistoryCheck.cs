using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SessionToolkit.Generators.Schema.Model;

namespace SessionToolkit.Generators.Schema;

/// <summary>
/// Compares the current shape of a state type with its recorded history. Every step between two consecutive
/// versions (recorded ones, and the code's version when it is not recorded yet) is checked again on every build.
/// A change that old checkpoints cannot be read with needs a migration from a version in that step, so deleting
/// an old migration breaks the build as surely as a new change without one.
/// </summary>
internal sealed class SchemaHistoryCheck
{
    private const int MaxListedChanges = 5;

    private readonly StateHistorySpec _history;
    private readonly ShapeSpec _current;
    private readonly HashSet<int> _migrations;
    private readonly List<SchemaFinding> _findings = [];

    private SchemaHistoryCheck(StateHistorySpec history, ShapeSpec current, IEnumerable<int> migrations)
    {
        _history = history;
        _current = current;
        _migrations = [.. migrations];
    }

    /// <summary>
    /// Checks <paramref name="current"/>, whose state has migrations from the versions in
    /// <paramref name="migrations"/>, against <paramref name="history"/>.
    /// </summary>
    public static List<SchemaFinding> Check(StateHistorySpec history, ShapeSpec current, IEnumerable<int> migrations)
    {
        var check = new SchemaHistoryCheck(history, current, migrations);
        check.Run();
        return check._findings;
    }

    private void Run()
    {
        var version = _current.Version;
        var highest = _history.Versions.Max(v => v.Version);
        if (highest > version)
        {
            Add(SchemaFindingKind.VersionBelowRecorded, version, highest, null, "");
        }

        var recorded = _history.Versions.FirstOrDefault(v => v.Version == version);
        var chain = _history.Versions.Where(v => v.Version <= version).ToList();
        if (recorded is null)
        {
            chain.Add(_current);
            Add(SchemaFindingKind.VersionNotRecorded, version, version, null, "");
        }

        for (var i = 1; i < chain.Count; i++)
        {
            CheckStep(chain[i - 1], chain[i], toCurrent: recorded is null && i == chain.Count - 1);
        }

        if (recorded is not null)
        {
            CheckUnchanged(recorded);
        }

        CheckRetiredNames(recorded ?? chain.Take(chain.Count - 1).LastOrDefault());
    }

    private void CheckStep(ShapeSpec older, ShapeSpec newer, bool toCurrent)
    {
        if (_migrations.Any(m => m >= older.Version && m < newer.Version))
        {
            return;
        }

        var reasons = new List<string>();
        foreach (var change in ShapeComparer.Compare(older, newer))
        {
            switch (change.Kind)
            {
                case ShapeChangeKind.MemberRemoved:
                    Add(SchemaFindingKind.MemberRemoved, older.Version, newer.Version, change, "", toCurrent);
                    break;
                case ShapeChangeKind.TypeChangedIncompatibly:
                    Add(SchemaFindingKind.IncompatibleTypeChange, older.Version, newer.Version, change, "", toCurrent);
                    break;
                case ShapeChangeKind.MemberAdded
                    when change.Added is { Required: true } added && added.Since <= older.Version:
                    reasons.Add($"required member '{change.Path}' was added without Since = {newer.Version}");
                    break;
                case ShapeChangeKind.DerivedRemoved:
                    reasons.Add(change.Describe());
                    break;
            }
        }

        if (reasons.Count > 0)
        {
            var detail = string.Join("; ", reasons);
            Add(SchemaFindingKind.MigrationMissing, older.Version, newer.Version, null, detail, toCurrent);
        }
    }

    // The code claims to be a recorded version, so its shape must be that record: a type change gets its own
    // finding at the member, and every other difference is listed in one finding at the version.
    private void CheckUnchanged(ShapeSpec recorded)
    {
        var listed = new List<string>();
        foreach (var change in ShapeComparer.Compare(recorded, _current))
        {
            if (change.Kind == ShapeChangeKind.TypeChangedIncompatibly)
            {
                Add(SchemaFindingKind.IncompatibleTypeChange, recorded.Version, recorded.Version, change, "", true);
            }
            else if (change.Kind != ShapeChangeKind.MemberAdded || !IsRetired(recorded, change.Owner, change.Member))
            {
                listed.Add(change.Describe());
            }
        }

        if (listed.Count > 0)
        {
            var listedInMessage = listed.Take(MaxListedChanges).ToList();
            if (listed.Count > listedInMessage.Count)
            {
                listedInMessage.Add($"{listed.Count - listedInMessage.Count} more");
            }

            Add(
                SchemaFindingKind.ShapeChanged,
                recorded.Version,
                recorded.Version,
                null,
                string.Join(", ", listedInMessage),
                true
            );
        }
    }

    private void CheckRetiredNames(ShapeSpec? baseline)
    {
        if (baseline is null)
        {
            return;
        }

        var objects = _current.Objects.Select(o => (Owner: o.Name, Shape: o)).Prepend(("", _current.Root));
        foreach (var (owner, shape) in objects)
        {
            foreach (var member in shape.Members.Where(m => IsRetired(baseline, owner, m.Name)))
            {
                var retiredIn = _history
                    .Versions.Where(v => v.Version <= baseline.Version && IsRetired(v, owner, member.Name))
                    .Min(v => v.Version);
                var path = owner.Length == 0 ? member.Name : $"{owner}.{member.Name}";
                var change = new ShapeChange(
                    ShapeChangeKind.MemberAdded,
                    path,
                    owner,
                    member.Name,
                    "",
                    member.Type,
                    ""
                );
                var version = retiredIn.ToString(CultureInfo.InvariantCulture);
                Add(SchemaFindingKind.RetiredNameReused, retiredIn, _current.Version, change, version, true);
            }
        }
    }

    private static bool IsRetired(ShapeSpec shape, string owner, string name)
    {
        var retired =
            owner.Length == 0 ? shape.Root.Retired : shape.Objects.FirstOrDefault(o => o.Name == owner)?.Retired;
        return retired?.Contains(name) == true;
    }

    private void Add(
        SchemaFindingKind kind,
        int from,
        int to,
        ShapeChange? change,
        string detail,
        bool toCurrent = true
    ) => _findings.Add(new SchemaFinding(kind, from, to, toCurrent, change, detail));
}
