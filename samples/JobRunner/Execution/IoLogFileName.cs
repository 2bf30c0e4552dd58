using System;
using System.Security.Cryptography;
using System.Text;

namespace JobRunner.Execution;

/// <summary>
/// Turns a job id into a file name that is safe in any folder: only letters, digits, <c>-</c>, <c>_</c> and
/// <c>.</c> stay, every other byte of the UTF-8 id becomes <c>%XX</c>, and a leading dot is escaped too, so the
/// name has no separator, is never <c>.</c> or <c>..</c> and never hidden. Distinct ids give distinct names.
/// </summary>
public static class IoLogFileName
{
    /// <summary>The extension of IO-log files: one JSON array per line.</summary>
    public const string Extension = ".record.jsonl";

    // Names longer than this are cut and end in a hash of the whole id, so they fit the 255-byte name limit
    // of common Linux file systems together with the extension.
    private const int MaxStemLength = 200;

    /// <summary>Returns the IO-log file name for <paramref name="jobId"/>, with <see cref="Extension"/>.</summary>
    public static string For(string jobId) => Stem(jobId) + Extension;

    /// <summary>Returns the escaped id, without the extension.</summary>
    public static string Stem(string jobId)
    {
        var escaped = new StringBuilder();
        foreach (var value in Encoding.UTF8.GetBytes(jobId))
        {
            var character = (char)value;
            var keep =
                char.IsAsciiLetterOrDigit(character)
                || character is '-' or '_'
                || (character == '.' && escaped.Length > 0);
            escaped.Append(keep ? character : $"%{value:X2}");
        }

        if (escaped.Length <= MaxStemLength)
        {
            return escaped.ToString();
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(jobId)))[..16];
        return escaped.ToString(0, MaxStemLength - hash.Length - 1) + "-" + hash;
    }
}
