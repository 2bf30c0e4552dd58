using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using SessionToolkit.Generators.Schema;

namespace SessionToolkit;

/// <summary>
/// Reads a schema file (docs/schema.md) into the model the golden checkpoints are made from. It rejects what the
/// SessionToolkit analyzers reject, naming the JSON path of the bad value.
/// </summary>
internal sealed class SessionSchemaReader(string? filePath)
{
    private const int FormatVersion = 1;

    public List<SchemaState> Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw Invalid("$", $"it is not valid JSON ({e.Message})", e);
        }

        using (document)
        {
            var root = Object(document.RootElement, "$", "formatVersion", "states");
            var format = Required(root, "formatVersion", "$");
            if (
                format.ValueKind != JsonValueKind.Number
                || !format.TryGetInt32(out var version)
                || version != FormatVersion
            )
            {
                throw Invalid(
                    "$.formatVersion",
                    $"the format version must be {FormatVersion}; update SessionToolkit to read newer files"
                );
            }

            var states = Required(root, "states", "$");
            return Entries(states, "$.states").Select(e => ReadState(e.Name, e.Value, e.Path)).ToList();
        }
    }

    private SchemaState ReadState(string typeId, JsonElement state, string path)
    {
        Object(state, path, "type", "versions");
        var typeName = String(Required(state, "type", path), path + ".type");
        var versions = new List<SchemaShape>();
        foreach (var (key, value, versionPath) in Entries(Required(state, "versions", path), path + ".versions"))
        {
            // Only the canonical form is a key, as for the analyzers: "01" and "1" would be two keys of one version.
            if (
                !int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                || number < 1
                || number.ToString(CultureInfo.InvariantCulture) != key
            )
            {
                throw Invalid(versionPath, $"'{key}' is not a version number (1 or more, no leading zeros)");
            }

            versions.Add(ReadShape(number, typeName, value, versionPath));
        }

        return new SchemaState(typeId, typeName, versions.OrderBy(v => v.Version).ToList());
    }

    private SchemaShape ReadShape(int version, string rootName, JsonElement shape, string path)
    {
        Object(shape, path, "members", "retired", "derived", "objects", "enums");
        var root = ReadObject(rootName, shape, path);

        var objects = new Dictionary<string, SchemaObject>(StringComparer.Ordinal);
        if (shape.TryGetProperty("objects", out var objectsElement))
        {
            foreach (var (name, value, objectPath) in Entries(objectsElement, path + ".objects"))
            {
                Object(value, objectPath, "members", "retired", "derived");
                objects[name] = ReadObject(name, value, objectPath);
            }
        }

        var enums = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (shape.TryGetProperty("enums", out var enumsElement))
        {
            foreach (var (name, value, enumPath) in Entries(enumsElement, path + ".enums"))
            {
                enums[name] = Strings(value, enumPath);
            }
        }

        return new SchemaShape(version, root, objects, enums);
    }

    private SchemaObject ReadObject(string name, JsonElement shape, string path)
    {
        var members = Entries(Required(shape, "members", path), path + ".members")
            .Select(m => ReadMember(m.Name, m.Value, m.Path))
            .ToList();
        var derived = new Dictionary<string, string>(StringComparer.Ordinal);
        if (shape.TryGetProperty("derived", out var derivedElement))
        {
            foreach (var (discriminator, value, derivedPath) in Entries(derivedElement, path + ".derived"))
            {
                derived[discriminator] = String(value, derivedPath);
            }
        }

        var retired = shape.TryGetProperty("retired", out var retiredElement)
            ? Strings(retiredElement, path + ".retired")
            : [];
        return new SchemaObject(name, members, derived, retired);
    }

    private SchemaMember ReadMember(string name, JsonElement member, string path)
    {
        Object(member, path, "type", "required", "since");
        var text = String(Required(member, "type", path), path + ".type");
        var type = WireType.Parse(text, out var error)
            ?? throw Invalid(path + ".type", $"'{MessageExcerpt.Of(text)}' is invalid: {error}");
        var required =
            member.TryGetProperty("required", out var requiredElement)
            && (
                requiredElement.ValueKind is JsonValueKind.True or JsonValueKind.False
                    ? requiredElement.GetBoolean()
                    : throw Invalid(path + ".required", "expected true or false")
            );
        var since = 0;
        if (member.TryGetProperty("since", out var sinceElement) && (!sinceElement.TryGetInt32(out since) || since < 0))
        {
            throw Invalid(path + ".since", "expected a whole number, 0 or more");
        }

        return new SchemaMember(name, type, required, since);
    }

    // The object's members, after checking that it is an object whose member names are all among 'allowed'.
    private JsonElement Object(JsonElement element, string path, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(path, $"expected an object, found {element.ValueKind}");
        }

        // JsonDocument keeps both values of a repeated member and TryGetProperty picks one, so a repeat is an error
        // here, as it is for the analyzers, rather than one of the values being dropped without notice.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(allowed, property.Name) < 0)
            {
                throw Invalid(path, $"unknown member '{property.Name}' (expected {string.Join(", ", allowed)})");
            }

            if (!seen.Add(property.Name))
            {
                throw Invalid(path, $"member '{property.Name}' occurs twice");
            }
        }

        return element;
    }

    private List<(string Name, JsonElement Value, string Path)> Entries(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(path, $"expected an object, found {element.ValueKind}");
        }

        var entries = element.EnumerateObject().Select(p => (p.Name, p.Value, $"{path}['{p.Name}']")).ToList();
        var duplicate = entries.GroupBy(e => e.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? entries : throw Invalid(path, $"'{duplicate.Key}' occurs twice");
    }

    private JsonElement Required(JsonElement element, string name, string path) =>
        element.TryGetProperty(name, out var value) ? value : throw Invalid(path, $"member '{name}' is missing");

    private string String(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.String
            ? element.GetString()!
            : throw Invalid(path, $"expected a string, found {element.ValueKind}");

    private List<string> Strings(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw Invalid(path, $"expected an array of strings, found {element.ValueKind}");
        }

        var strings = element.EnumerateArray().Select((item, i) => String(item, $"{path}[{i}]")).ToList();
        var duplicate = strings.GroupBy(s => s, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? strings : throw Invalid(path, $"'{duplicate.Key}' occurs twice");
    }

    private InvalidDataException Invalid(string path, string reason, Exception? inner = null) =>
        new($"The schema file{(filePath is null ? "" : $" '{filePath}'")} is invalid at {path}: {reason}.", inner);
}
