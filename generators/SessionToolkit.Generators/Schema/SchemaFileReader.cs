using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SessionToolkit.Generators.Schema.Model;

namespace SessionToolkit.Generators.Schema;

/// <summary>
/// Reads a schema file into a <see cref="SchemaSpec"/>. The reader is strict: an unknown member, a duplicate key or
/// a value of the wrong kind is an error at its place in the file, so that a damaged or mistyped file is never
/// taken as an empty history.
/// </summary>
internal static class SchemaFileReader
{
    /// <summary>Reads <paramref name="text"/>.</summary>
    /// <exception cref="SchemaFormatException">The file is not a valid schema file.</exception>
    public static SchemaSpec Read(string text)
    {
        var root = AsObject(JsonTextParser.Parse(text), "the schema file");
        var members = Members(root, "the schema file", ["formatVersion", "states"]);
        var format = Required(root, members, "formatVersion");
        var version = Integer(format, "formatVersion");
        if (version != SchemaSpec.CurrentFormatVersion)
        {
            var reason =
                version > SchemaSpec.CurrentFormatVersion
                    ? "newer than this SessionToolkit reads; update the SessionToolkit package"
                    : "not a format version SessionToolkit has written";
            throw new SchemaFormatException(
                $"formatVersion {version} is {reason} (it reads {SchemaSpec.CurrentFormatVersion})",
                format.Span
            );
        }

        var states = AsObject(Required(root, members, "states"), "states");
        var histories = states
            .Members.Select(m => ReadState(m.Name, AsObject(m.Value, $"state '{m.Name}'")))
            .OrderBy(s => s.TypeId, StringComparer.Ordinal);
        CheckUnique(states, "states");
        return new SchemaSpec(histories.ToEquatableArray());
    }

    private static StateHistorySpec ReadState(string typeId, JsonObjectText state)
    {
        var where = $"state '{typeId}'";
        var members = Members(state, where, ["type", "versions"]);
        var typeName = String(Required(state, members, "type", where), $"{where}: type");
        var versions = AsObject(Required(state, members, "versions", where), $"{where}: versions");
        CheckUnique(versions, $"{where}: versions");

        var shapes = new List<ShapeSpec>();
        foreach (var entry in versions.Members)
        {
            if (
                !int.TryParse(entry.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                || number < 1
                || number.ToString(CultureInfo.InvariantCulture) != entry.Name
            )
            {
                throw new SchemaFormatException(
                    $"{where}: version key '{entry.Name}' is not a version number (1 or more, no leading zeros)",
                    entry.NameSpan
                );
            }

            shapes.Add(ReadShape(number, typeName, AsObject(entry.Value, $"{where}: version {number}"), where));
        }

        return new StateHistorySpec(typeId, typeName, shapes.OrderBy(s => s.Version).ToEquatableArray());
    }

    private static ShapeSpec ReadShape(int version, string rootName, JsonObjectText shape, string state)
    {
        var where = $"{state}, version {version}";
        var members = Members(shape, where, ["members", "retired", "derived", "objects", "enums"]);
        var root = ReadObject(rootName, shape, members, where);

        var objects = new List<ObjectShapeSpec>();
        if (members.TryGetValue("objects", out var objectsValue))
        {
            var objectsText = AsObject(objectsValue, $"{where}: objects");
            CheckUnique(objectsText, $"{where}: objects");
            foreach (var entry in objectsText.Members)
            {
                var objectWhere = $"{where}, object '{entry.Name}'";
                var objectText = AsObject(entry.Value, objectWhere);
                var objectMembers = Members(objectText, objectWhere, ["members", "retired", "derived"]);
                objects.Add(ReadObject(entry.Name, objectText, objectMembers, objectWhere));
            }
        }

        var enums = new List<EnumShapeSpec>();
        if (members.TryGetValue("enums", out var enumsValue))
        {
            var enumsText = AsObject(enumsValue, $"{where}: enums");
            CheckUnique(enumsText, $"{where}: enums");
            foreach (var entry in enumsText.Members)
            {
                var values = Strings(entry.Value, $"{where}: enum '{entry.Name}'");
                enums.Add(new EnumShapeSpec(entry.Name, values));
            }
        }

        return new ShapeSpec(
            version,
            root,
            objects.OrderBy(o => o.Name, StringComparer.Ordinal).ToEquatableArray(),
            enums.OrderBy(e => e.Name, StringComparer.Ordinal).ToEquatableArray()
        );
    }

    private static ObjectShapeSpec ReadObject(
        string name,
        JsonObjectText text,
        Dictionary<string, JsonText> members,
        string where
    )
    {
        var memberList = AsObject(Required(text, members, "members", where), $"{where}: members");
        CheckUnique(memberList, $"{where}: members");
        var persisted = memberList.Members.Select(m => ReadMember(m, $"{where}, member '{m.Name}'"));

        var derived = new List<DerivedShapeSpec>();
        if (members.TryGetValue("derived", out var derivedValue))
        {
            var derivedText = AsObject(derivedValue, $"{where}: derived");
            CheckUnique(derivedText, $"{where}: derived");
            derived.AddRange(
                derivedText.Members.Select(d => new DerivedShapeSpec(
                    d.Name,
                    String(d.Value, $"{where}: derived '{d.Name}'")
                ))
            );
        }

        var retired = members.TryGetValue("retired", out var retiredValue)
            ? Strings(retiredValue, $"{where}: retired")
            : EquatableArray<string>.Empty;
        return new ObjectShapeSpec(
            name,
            persisted.OrderBy(m => m.Name, StringComparer.Ordinal).ToEquatableArray(),
            derived.OrderBy(d => d.Discriminator, StringComparer.Ordinal).ToEquatableArray(),
            retired
        );
    }

    private static MemberShapeSpec ReadMember(JsonMemberText member, string where)
    {
        var text = AsObject(member.Value, where);
        var members = Members(text, where, ["type", "required", "since"]);
        var typeValue = Required(text, members, "type", where);
        var type = String(typeValue, $"{where}: type");
        if (WireType.Parse(type, out var error) is null)
        {
            var quoted = MessageExcerpt.Of(type);
            throw new SchemaFormatException($"{where}: type '{quoted}' is invalid: {error}", typeValue.Span);
        }

        var required = members.TryGetValue("required", out var requiredValue) && Boolean(requiredValue, where);
        var since = members.TryGetValue("since", out var sinceValue) ? Integer(sinceValue, $"{where}: since") : 0;
        if (since < 0)
        {
            throw new SchemaFormatException($"{where}: since must be 0 or more", sinceValue!.Span);
        }

        return new MemberShapeSpec(member.Name, type, required, since);
    }

    // The members of an object by name, after checking that each is one of the allowed names and none repeats.
    private static Dictionary<string, JsonText> Members(JsonObjectText text, string where, string[] allowed)
    {
        var members = new Dictionary<string, JsonText>(StringComparer.Ordinal);
        foreach (var member in text.Members)
        {
            if (Array.IndexOf(allowed, member.Name) < 0)
            {
                var names = string.Join(", ", allowed);
                throw new SchemaFormatException(
                    $"{where}: unknown member '{member.Name}' (expected {names})",
                    member.NameSpan
                );
            }

            if (members.ContainsKey(member.Name))
            {
                throw new SchemaFormatException($"{where}: member '{member.Name}' occurs twice", member.NameSpan);
            }

            members[member.Name] = member.Value;
        }

        return members;
    }

    private static void CheckUnique(JsonObjectText text, string where)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in text.Members.Where(m => !seen.Add(m.Name)))
        {
            throw new SchemaFormatException($"{where}: key '{member.Name}' occurs twice", member.NameSpan);
        }
    }

    private static JsonText Required(
        JsonObjectText text,
        Dictionary<string, JsonText> members,
        string name,
        string where = "the schema file"
    ) =>
        members.TryGetValue(name, out var value)
            ? value
            : throw new SchemaFormatException($"{where}: member '{name}' is missing", new(text.Span.Start, 1));

    private static JsonObjectText AsObject(JsonText value, string where) =>
        value as JsonObjectText ?? throw WrongKind(value, "an object", where);

    private static string String(JsonText value, string where) =>
        value is JsonStringText text ? text.Value : throw WrongKind(value, "a string", where);

    private static bool Boolean(JsonText value, string where) =>
        value is JsonLiteralText { Text: "true" or "false" } literal
            ? literal.Text == "true"
            : throw WrongKind(value, "true or false", where);

    private static int Integer(JsonText value, string where) =>
        value is JsonNumberText number
        && int.TryParse(number.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw WrongKind(value, "a whole number", where);

    private static EquatableArray<string> Strings(JsonText value, string where)
    {
        var array = value as JsonArrayText ?? throw WrongKind(value, "an array of strings", where);
        var strings = array.Items.Select(item => String(item, where)).ToList();
        var duplicate = strings.GroupBy(s => s, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new SchemaFormatException($"{where}: '{duplicate.Key}' occurs twice", array.Span);
        }

        return strings.OrderBy(s => s, StringComparer.Ordinal).ToEquatableArray();
    }

    private static SchemaFormatException WrongKind(JsonText value, string expected, string where) =>
        new($"{where}: expected {expected}, found {value.Kind}", value.Span);
}
