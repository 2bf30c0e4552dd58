using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace JobRunner.Units;

/// <summary>
/// Splits the text of a plainbox unit file (the RFC 822-like "pxu" format) into records of fields. Records are
/// separated by blank lines; a line starting with whitespace continues the previous field's value; a
/// continuation line that is a lone <c>.</c> is an empty line of the value; lines starting with <c>#</c> in
/// column 0 are comments.
/// </summary>
public static partial class UnitFileReader
{
    /// <summary>Reads every record of <paramref name="text"/>; <paramref name="file"/> names the file in errors.</summary>
    /// <exception cref="UnitFileException">A line is malformed or a record repeats a key.</exception>
    public static IReadOnlyList<UnitRecord> Read(string text, string file)
    {
        var records = new List<UnitRecord>();
        var builder = new RecordBuilder(file);
        var lines = SplitLines(text);

        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            var number = index + 1;

            if (line.StartsWith('#'))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                builder.FinishRecord(records);
                continue;
            }

            if (char.IsWhiteSpace(line[0]))
            {
                builder.AddContinuation(line, number);
                continue;
            }

            var match = KeyLine().Match(line);
            if (!match.Success)
            {
                throw new UnitFileException(
                    file,
                    number,
                    $"invalid line '{line}': expected 'key: value', a continuation line starting with whitespace, "
                        + "a '#' comment or a blank line"
                );
            }

            builder.StartField(match.Groups["key"].Value, match.Groups["value"].Value, number);
        }

        builder.FinishRecord(records);
        return records;
    }

    // Accepts "\n" and "\r\n" line ends and a last line without one, so files edited on Windows read the same.
    private static List<string> SplitLines(string text)
    {
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        var lines = new List<string>(text.Split('\n'));
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            lines[i] = lines[i].TrimEnd('\r');
        }

        return lines;
    }

    [GeneratedRegex(@"^(?<key>[^\s:#][^\s:]*):(?<value>.*)$")]
    private static partial Regex KeyLine();

    /// <summary>The record being read: finished fields plus the field whose continuation lines may follow.</summary>
    private sealed class RecordBuilder(string file)
    {
        private Dictionary<string, UnitField> _fields = new(StringComparer.Ordinal);
        private int _recordLine;
        private string? _key;
        private int _keyLine;
        private string _firstValue = "";
        private readonly List<string> _continuation = [];

        public void StartField(string key, string value, int line)
        {
            FinishField();

            if (_fields.TryGetValue(key, out var earlier))
            {
                throw new UnitFileException(file, line, $"duplicate key '{key}' (first given at line {earlier.Line})");
            }

            if (_fields.Count == 0)
            {
                _recordLine = line;
            }

            _key = key;
            _keyLine = line;
            _firstValue = value.Trim();
        }

        public void AddContinuation(string line, int number)
        {
            if (_key is null)
            {
                throw new UnitFileException(
                    file,
                    number,
                    "continuation line (starting with whitespace) has no 'key:' line before it in this record"
                );
            }

            _continuation.Add(line);
        }

        public void FinishRecord(List<UnitRecord> records)
        {
            FinishField();
            if (_fields.Count == 0)
            {
                return;
            }

            records.Add(new UnitRecord(_recordLine, _fields));
            _fields = new Dictionary<string, UnitField>(StringComparer.Ordinal);
        }

        private void FinishField()
        {
            if (_key is null)
            {
                return;
            }

            var lines = new List<string>();
            if (_firstValue.Length > 0)
            {
                lines.Add(_firstValue);
            }

            lines.AddRange(Dedent(_continuation));
            _fields[_key] = new UnitField(string.Join('\n', lines), _keyLine);
            _key = null;
            _continuation.Clear();
        }

        // The common indentation is measured on the lines with text, because a "." line is an empty line and
        // its own indentation is not part of the block's.
        private static IEnumerable<string> Dedent(List<string> continuation)
        {
            var indent = int.MaxValue;
            foreach (var line in continuation)
            {
                if (!IsEmptyLineMark(line))
                {
                    indent = Math.Min(indent, line.Length - line.TrimStart().Length);
                }
            }

            foreach (var line in continuation)
            {
                yield return IsEmptyLineMark(line) ? "" : line[indent..].TrimEnd();
            }
        }

        private static bool IsEmptyLineMark(string line) => line.Trim() == ".";
    }
}
