using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace JobRunner.Units;

/// <summary>The units loaded from a set of unit files, in file order, with their ids unique across the files.</summary>
public sealed class UnitCatalog
{
    private static readonly char[] ListSeparators = [' ', '\t', '\n', ','];

    private readonly Dictionary<string, UnitDefinition> _byId;

    private UnitCatalog(List<UnitDefinition> units)
    {
        Units = units;
        _byId = units.ToDictionary(unit => unit.Id, StringComparer.Ordinal);
    }

    /// <summary>Every unit of every file, in the order the files were given and the records written.</summary>
    public IReadOnlyList<UnitDefinition> Units { get; }

    /// <summary>The job units only.</summary>
    public IEnumerable<UnitDefinition> Jobs => Units.Where(unit => unit.IsJob);

    /// <summary>Finds the unit with the qualified <paramref name="id"/>.</summary>
    public bool TryGet(string id, out UnitDefinition unit) => _byId.TryGetValue(id, out unit!);

    /// <summary>Reads and parses <paramref name="paths"/>; ids without a namespace get <paramref name="unitNamespace"/>.</summary>
    /// <exception cref="UnitFileException">A file is malformed, a record has no id or an id repeats.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static UnitCatalog Load(IEnumerable<string> paths, string unitNamespace = JobId.DefaultNamespace)
    {
        var sources = paths.Select(path => (path, ReadUnitFile(path))).ToList();
        return Parse(sources, unitNamespace);
    }

    // File.ReadAllText raises UnauthorizedAccessException for a folder on Unix, which reads like a permission
    // problem; both become an IOException that names the path. A missing file or folder gets the same wording,
    // because .NET's own message ("Could not find a part of the path") does not say which argument is wrong.
    private static string ReadUnitFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new IOException($"'{path}' is a folder, not a unit file; pass the .pxu files inside it.");
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new IOException($"The unit file '{path}' was not found.", exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new IOException($"The unit file '{path}' cannot be read: {exception.Message}", exception);
        }
    }

    /// <summary>Parses unit file texts given as (file name, text) pairs, in order.</summary>
    /// <exception cref="UnitFileException">A file is malformed, a record has no id or an id repeats.</exception>
    public static UnitCatalog Parse(
        IEnumerable<(string File, string Text)> sources,
        string unitNamespace = JobId.DefaultNamespace
    )
    {
        var units = new List<UnitDefinition>();
        var seen = new Dictionary<string, UnitDefinition>(StringComparer.Ordinal);

        foreach (var (file, text) in sources)
        {
            foreach (var record in UnitFileReader.Read(text, file))
            {
                var unit = CreateUnit(record, file, unitNamespace, units.Count);
                RejectDuplicate(unit, seen);
                seen.Add(unit.Id, unit);
                units.Add(unit);
            }
        }

        return new UnitCatalog(units);
    }

    private static void RejectDuplicate(UnitDefinition unit, Dictionary<string, UnitDefinition> seen)
    {
        if (seen.TryGetValue(unit.Id, out var first))
        {
            throw new UnitFileException(
                unit.File,
                unit.Fields["id"].Line,
                $"duplicate id '{unit.Id}' (first defined at {first.File}:{first.Fields["id"].Line})"
            );
        }
    }

    private static UnitDefinition CreateUnit(UnitRecord record, string file, string unitNamespace, int order)
    {
        var fields = record.Fields;
        if (!fields.TryGetValue("id", out var id) || id.Value.Length == 0)
        {
            throw new UnitFileException(file, record.Line, "record has no 'id' key (every unit needs one)");
        }

        return new UnitDefinition
        {
            Id = JobId.Qualify(id.Value, unitNamespace),
            Kind = Text(fields, "unit") ?? UnitDefinition.JobKind,
            Plugin = Text(fields, "plugin"),
            Command = Text(fields, "command"),
            Depends = IdList(fields, "depends", unitNamespace),
            After = IdList(fields, "after", unitNamespace),
            Requires = Text(fields, "requires"),
            User = Text(fields, "user"),
            Environ = List(fields, "environ"),
            EstimatedDuration = Seconds(fields, file),
            Summary = Text(fields, "_summary") ?? Text(fields, "summary"),
            Purpose = Text(fields, "_purpose") ?? Text(fields, "purpose"),
            Fields = fields,
            File = file,
            Line = record.Line,
            Order = order,
        };
    }

    private static string? Text(IReadOnlyDictionary<string, UnitField> fields, string key) =>
        fields.TryGetValue(key, out var field) && field.Value.Length > 0 ? field.Value : null;

    private static string[] List(IReadOnlyDictionary<string, UnitField> fields, string key) =>
        Text(fields, key)?.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries) ?? [];

    private static string[] IdList(IReadOnlyDictionary<string, UnitField> fields, string key, string unitNamespace) =>
        [.. List(fields, key).Select(id => JobId.Qualify(id, unitNamespace))];

    private static double? Seconds(IReadOnlyDictionary<string, UnitField> fields, string file)
    {
        if (!fields.TryGetValue("estimated_duration", out var field))
        {
            return null;
        }

        if (!double.TryParse(field.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            throw new UnitFileException(
                file,
                field.Line,
                $"invalid estimated_duration '{field.Value}': expected a number of seconds"
            );
        }

        return seconds;
    }
}
