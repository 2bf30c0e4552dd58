using System;
using System.Collections.Generic;
using System.Linq;
using SessionToolkit.Generators.Schema.Model;

namespace SessionToolkit.Generators.Schema;

/// <summary>Records the current shape of a state type into a schema, on purpose: the code fix and the build switch.</summary>
internal static class SchemaRecorder
{
    /// <summary>
    /// Returns <paramref name="schema"/> with <paramref name="shape"/> as the record of its version. That version's
    /// old record is replaced and versions above it are dropped, because the code says they do not exist (yet);
    /// lower versions stay as they are. The retired names are carried over from the version below and grow by the
    /// names that version had and this one lacks.
    /// </summary>
    public static SchemaSpec Record(SchemaSpec schema, string typeId, string typeName, ShapeSpec shape)
    {
        var existing = schema.States.FirstOrDefault(s => s.TypeId == typeId);
        var kept = existing?.Versions.Where(v => v.Version < shape.Version).ToList() ?? [];
        var previous = kept.LastOrDefault();
        kept.Add(WithRetired(shape, previous));

        var state = new StateHistorySpec(typeId, typeName, kept.ToEquatableArray());
        var states = schema
            .States.Where(s => s.TypeId != typeId)
            .Append(state)
            .OrderBy(s => s.TypeId, StringComparer.Ordinal);
        return new SchemaSpec(states.ToEquatableArray());
    }

    private static ShapeSpec WithRetired(ShapeSpec shape, ShapeSpec? previous)
    {
        if (previous is null)
        {
            return shape;
        }

        var root = Retire(shape.Root, previous.Root);
        var objects = shape.Objects.Select(o =>
            previous.Objects.FirstOrDefault(p => p.Name == o.Name) is { } before ? Retire(o, before) : o
        );
        return shape with { Root = root, Objects = objects.ToEquatableArray() };
    }

    // A name stays retired even when the new shape uses it again, so that the reuse is still reported after a
    // recording; the user removes it from the file by hand when the reuse is on purpose.
    private static ObjectShapeSpec Retire(ObjectShapeSpec shape, ObjectShapeSpec previous)
    {
        var current = new HashSet<string>(shape.Members.Select(m => m.Name), StringComparer.Ordinal);
        var dropped = previous.Members.Select(m => m.Name).Where(name => !current.Contains(name));
        var retired = previous.Retired.Concat(dropped).Distinct().OrderBy(n => n, StringComparer.Ordinal);
        return shape with { Retired = retired.ToEquatableArray() };
    }
}
