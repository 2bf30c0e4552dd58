using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using JobRunner.Units;

namespace JobRunner.Sessions;

/// <summary>
/// The SHA-256 (lowercase hex) of a canonical text of a job's definition: its qualified id and every field of its
/// unit record, sorted by key. Line numbers and the file are left out, so moving a unit or editing another one
/// keeps the checksum, while any change to one of its own values changes it.
/// </summary>
public static class JobChecksum
{
    /// <summary>Returns the checksum of <paramref name="unit"/>.</summary>
    public static string Compute(UnitDefinition unit)
    {
        var text = new StringBuilder();
        Append(text, "id", unit.Id);
        foreach (var (key, field) in unit.Fields.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            Append(text, key, field.Value);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    // Lengths before each key and value keep the text unambiguous whatever characters the values contain.
    private static void Append(StringBuilder text, string key, string value) =>
        text.Append(key.Length).Append(':').Append(key).Append(value.Length).Append(':').Append(value).Append('\n');
}
