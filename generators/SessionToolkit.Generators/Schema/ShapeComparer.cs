using System;
using System.Collections.Generic;
using System.Linq;
using SessionToolkit.Generators.Schema.Model;

namespace SessionToolkit.Generators.Schema;

/// <summary>
/// Lists the differences between two shapes of a state type. Object types are compared by structure from the
/// state down, so renaming a data type whose members stay the same is no change, because its name is not in the
/// JSON.
/// </summary>
internal sealed class ShapeComparer
{
    // Object and enum types by name. A schema file may record many of them, and looking each one up in the list
    // made a comparison take time quadratic in the size of the file.
    private readonly Dictionary<string, ObjectShapeSpec> _oldObjects;
    private readonly Dictionary<string, ObjectShapeSpec> _newObjects;
    private readonly Dictionary<string, EnumShapeSpec> _oldEnums;
    private readonly Dictionary<string, EnumShapeSpec> _newEnums;
    private readonly List<ShapeChange> _changes = [];
    private readonly HashSet<(string, string)> _compared = [];

    private ShapeComparer(ShapeSpec old, ShapeSpec current)
    {
        _oldObjects = ByName(old.Objects, o => o.Name);
        _newObjects = ByName(current.Objects, o => o.Name);
        _oldEnums = ByName(old.Enums, e => e.Name);
        _newEnums = ByName(current.Enums, e => e.Name);
    }

    /// <summary>Returns the changes from <paramref name="old"/> to <paramref name="current"/>, in path order.</summary>
    public static List<ShapeChange> Compare(ShapeSpec old, ShapeSpec current)
    {
        var comparer = new ShapeComparer(old, current);
        comparer.CompareObjects(old.Root, current.Root, "", "");
        return comparer._changes;
    }

    private void CompareObjects(ObjectShapeSpec old, ObjectShapeSpec current, string path, string owner)
    {
        var oldMembers = ByName(old.Members, m => m.Name);
        var currentMembers = ByName(current.Members, m => m.Name);
        foreach (var member in old.Members.Where(m => !currentMembers.ContainsKey(m.Name)))
        {
            Add(ShapeChangeKind.MemberRemoved, Join(path, member.Name), owner, member.Name, member.Type, "", "");
        }

        foreach (var member in current.Members)
        {
            var memberPath = Join(path, member.Name);
            if (!oldMembers.TryGetValue(member.Name, out var before))
            {
                _changes.Add(
                    new ShapeChange(
                        ShapeChangeKind.MemberAdded,
                        memberPath,
                        owner,
                        member.Name,
                        "",
                        member.Type,
                        "",
                        member
                    )
                );
                continue;
            }

            CompareMembers(before, member, memberPath, owner);
        }

        CompareDerived(old, current, path, owner);
    }

    private void CompareMembers(MemberShapeSpec old, MemberShapeSpec current, string path, string owner)
    {
        var oldType = WireType.Parse(old.Type, out _)!;
        var newType = WireType.Parse(current.Type, out _)!;
        CompareTypes(oldType, newType, path, owner, current.Name);
        if (old.Required != current.Required)
        {
            var state = current.Required ? "required" : "optional";
            Add(ShapeChangeKind.RequiredChanged, path, owner, current.Name, Required(old), Required(current), state);
        }

        if (old.Since != current.Since)
        {
            Add(ShapeChangeKind.SinceChanged, path, owner, current.Name, Since(old), Since(current), "");
        }
    }

    private void CompareTypes(WireType old, WireType current, string path, string owner, string member)
    {
        var reason = CompareValues(old, current, path, owner, member);
        if (reason is null && old.Nullable && !current.Nullable)
        {
            reason = "null, which the old shape allows, is rejected";
        }

        if (reason is not null)
        {
            Incompatible(old, current, path, owner, member, reason);
        }
        else if (!old.Nullable && current.Nullable && old.Head == current.Head)
        {
            Add(ShapeChangeKind.TypeChangedCompatibly, path, owner, member, $"{old}", $"{current}", "null is allowed");
        }
    }

    // Compares the values apart from their nullability; returns why old values cannot be read, or null.
    private string? CompareValues(WireType old, WireType current, string path, string owner, string member)
    {
        switch (old.Head)
        {
            case var head when head != current.Head:
                return CompareScalars(old, current, path, owner, member);
            case WireType.Array:
                CompareTypes(old.Element!, current.Element!, path + "[]", owner, member);
                return null;
            case WireType.Map:
                if (!WireCompatibility.ReadsKey(old.Key!, current.Key!))
                {
                    return $"keys written as {old.Key} cannot be read as {current.Key}";
                }

                CompareTypes(old.Element!, current.Element!, path + "{}", owner, member);
                return null;
            case WireType.Object:
                return CompareObjectTypes(old.Name, current.Name, path);
            case WireType.Enum:
                return CompareEnums(old, current, path, owner, member);
            case WireType.Converter:
                return old.Name == current.Name ? null : "another converter may write other JSON";
            default:
                return CompareScalars(old, current, path, owner, member);
        }
    }

    private string? CompareScalars(WireType old, WireType current, string path, string owner, string member)
    {
        if (old.Head == current.Head)
        {
            return null;
        }

        var bothScalars = WireType.Scalars.Contains(old.Head) || current.Head == "json";
        if (bothScalars && WireCompatibility.Reads(old.Head, current.Head))
        {
            var oldText = (old with { Nullable = false }).ToString();
            var newText = (current with { Nullable = false }).ToString();
            Add(ShapeChangeKind.TypeChangedCompatibly, path, owner, member, oldText, newText, "old values still read");
            return null;
        }

        return $"values written as {old with { Nullable = false }} cannot be read as {current with { Nullable = false }}";
    }

    private string? CompareObjectTypes(string oldName, string newName, string path)
    {
        if (!_oldObjects.TryGetValue(oldName, out var old) || !_newObjects.TryGetValue(newName, out var current))
        {
            // A type from another assembly is recorded by name only, so only its name can be compared.
            return oldName == newName
                ? null
                : $"the shape of {oldName} or {newName} is unknown, so it cannot be compared";
        }

        if (_compared.Add((oldName, newName)))
        {
            CompareObjects(old, current, path, newName);
        }

        return null;
    }

    private string? CompareEnums(WireType old, WireType current, string path, string owner, string member)
    {
        var oldValues = _oldEnums.TryGetValue(old.Name, out var oldEnum)
            ? oldEnum.Values
            : EquatableArray<string>.Empty;
        var newValues = _newEnums.TryGetValue(current.Name, out var newEnum)
            ? newEnum.Values
            : EquatableArray<string>.Empty;
        var oldSet = new HashSet<string>(oldValues, StringComparer.Ordinal);
        var newSet = new HashSet<string>(newValues, StringComparer.Ordinal);
        var missing = oldValues.Where(v => !newSet.Contains(v)).ToList();
        if (missing.Count > 0)
        {
            return $"enum value(s) {string.Join(", ", missing.Select(v => $"'{v}'"))} no longer exist";
        }

        var added = newValues.Where(v => !oldSet.Contains(v)).ToList();
        if (added.Count > 0)
        {
            var detail = $"enum value(s) {string.Join(", ", added.Select(v => $"'{v}'"))} added";
            Add(ShapeChangeKind.TypeChangedCompatibly, path, owner, member, old.ToString(), current.ToString(), detail);
        }

        return null;
    }

    private void CompareDerived(ObjectShapeSpec old, ObjectShapeSpec current, string path, string owner)
    {
        var oldDerived = ByName(old.Derived, d => d.Discriminator);
        var currentDerived = ByName(current.Derived, d => d.Discriminator);
        foreach (var derived in old.Derived.Where(d => !currentDerived.ContainsKey(d.Discriminator)))
        {
            Add(ShapeChangeKind.DerivedRemoved, path, owner, derived.Discriminator, derived.TypeName, "", "");
        }

        foreach (var derived in current.Derived)
        {
            if (!oldDerived.TryGetValue(derived.Discriminator, out var before))
            {
                Add(ShapeChangeKind.DerivedAdded, path, owner, derived.Discriminator, "", derived.TypeName, "");
                continue;
            }

            var reason = CompareObjectTypes(before.TypeName, derived.TypeName, $"{path}({derived.Discriminator})");
            if (reason is not null)
            {
                var oldType = $"object<{before.TypeName}>";
                var newType = $"object<{derived.TypeName}>";
                var change = ShapeChangeKind.TypeChangedIncompatibly;
                Add(change, $"{path}({derived.Discriminator})", owner, derived.Discriminator, oldType, newType, reason);
            }
        }
    }

    private void Incompatible(
        WireType old,
        WireType current,
        string path,
        string owner,
        string member,
        string reason
    ) => Add(ShapeChangeKind.TypeChangedIncompatibly, path, owner, member, old.ToString(), current.ToString(), reason);

    private void Add(
        ShapeChangeKind kind,
        string path,
        string owner,
        string member,
        string oldType,
        string newType,
        string detail
    ) => _changes.Add(new ShapeChange(kind, path, owner, member, oldType, newType, detail));

    // The first item of each name; the reader and the shape builder never give two of one name.
    private static Dictionary<string, T> ByName<T>(IEnumerable<T> items, Func<T, string> name)
    {
        var byName = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!byName.ContainsKey(name(item)))
            {
                byName.Add(name(item), item);
            }
        }

        return byName;
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static string Required(MemberShapeSpec member) => member.Required ? "required" : "optional";

    private static string Since(MemberShapeSpec member) =>
        member.Since.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
