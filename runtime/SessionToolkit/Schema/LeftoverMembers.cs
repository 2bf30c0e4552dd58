using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SessionToolkit.Generators.Schema;

namespace SessionToolkit;

/// <summary>
/// Finds the members of a migrated session that the current version does not read. The reader skips unknown
/// members, so such a member is a value in an old checkpoint that the migrations neither moved nor removed: it
/// is lost on resume, and usually a rename whose migration is missing.
/// </summary>
internal static class LeftoverMembers
{
    /// <summary>Returns the JSON path of each member of <paramref name="session"/> that <paramref name="current"/> lacks.</summary>
    public static List<string> Find(JsonObject session, SchemaShape current)
    {
        var found = new List<string>();
        Visit(session, current.Root, current, "$.session", found);
        return found;
    }

    private static void Visit(JsonObject node, SchemaObject shape, SchemaShape current, string path, List<string> found)
    {
        if (shape.Derived.Count > 0 && node["$type"] is JsonValue tag && tag.TryGetValue(out string? discriminator))
        {
            if (
                shape.Derived.TryGetValue(discriminator, out var derivedName)
                && current.Objects.TryGetValue(derivedName, out var derived)
            )
            {
                shape = derived;
            }
        }

        foreach (var (name, value) in node)
        {
            var member = shape.Members.FirstOrDefault(m => m.Name == name);
            if (member is null)
            {
                if (name != "$type")
                {
                    found.Add($"{path}.{name}");
                }

                continue;
            }

            VisitValue(value, member.Type, current, $"{path}.{name}", found);
        }
    }

    private static void VisitValue(JsonNode? value, WireType type, SchemaShape current, string path, List<string> found)
    {
        switch (value)
        {
            case JsonObject item
                when type.Head == WireType.Object && current.Objects.TryGetValue(type.Name, out var shape):
                Visit(item, shape, current, path, found);
                break;
            case JsonObject map when type.Head == WireType.Map:
                foreach (var (key, entry) in map)
                {
                    VisitValue(entry, type.Element!, current, $"{path}['{key}']", found);
                }

                break;
            case JsonArray array when type.Head == WireType.Array:
                for (var i = 0; i < array.Count; i++)
                {
                    VisitValue(array[i], type.Element!, current, $"{path}[{i}]", found);
                }

                break;
        }
    }
}
