using System.Collections.Generic;

namespace SessionToolkit.Generators.Schema;

/// <summary>
/// Which scalar wire types the reader of one type still accepts as written for another: a widening number, or a
/// value the old code wrote as a JSON string now read as a string. Anything the table does not list is a change
/// old checkpoints cannot be read with.
/// </summary>
internal static class WireCompatibility
{
    private static readonly Dictionary<string, string[]> Widening = new()
    {
        ["sbyte"] = ["int16", "int32", "int64", "int128", "single", "double", "decimal"],
        ["byte"] =
        [
            "int16",
            "uint16",
            "int32",
            "uint32",
            "int64",
            "uint64",
            "int128",
            "uint128",
            "single",
            "double",
            "decimal",
        ],
        ["int16"] = ["int32", "int64", "int128", "single", "double", "decimal"],
        ["uint16"] = ["int32", "uint32", "int64", "uint64", "int128", "uint128", "single", "double", "decimal"],
        ["int32"] = ["int64", "int128", "double", "decimal"],
        ["uint32"] = ["int64", "uint64", "int128", "uint128", "double", "decimal"],
        ["int64"] = ["int128", "decimal"],
        ["uint64"] = ["int128", "uint128", "decimal"],
        ["half"] = ["single", "double"],
        ["single"] = ["double"],
    };

    // Types the writer puts into the JSON as strings, which a string member reads unchanged.
    private static readonly HashSet<string> WrittenAsStrings =
    [
        "char",
        "guid",
        "datetime",
        "datetimeoffset",
        "timespan",
        "dateonly",
        "timeonly",
        "uri",
        "bytes",
    ];

    /// <summary>Whether a reader of scalar <paramref name="current"/> accepts every value written as <paramref name="old"/>.</summary>
    public static bool Reads(string old, string current) =>
        old == current
        || current == "json"
        || (current == "string" && WrittenAsStrings.Contains(old))
        || (Widening.TryGetValue(old, out var wider) && System.Array.IndexOf(wider, current) >= 0);

    /// <summary>Whether map keys written as <paramref name="old"/> are read as <paramref name="current"/> keys.</summary>
    /// <remarks>Keys are JSON member names, so every key type can be read as a string key.</remarks>
    public static bool ReadsKey(WireType old, WireType current) =>
        current.Head == "string"
        || (old.Head == current.Head && old.Name == current.Name)
        || (Widening.TryGetValue(old.Head, out var wider) && System.Array.IndexOf(wider, current.Head) >= 0);
}
