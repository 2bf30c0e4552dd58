using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace JobRunner.Execution;

/// <summary>
/// Writes a job's IO log to its own file, one record per line as plainbox stores them:
/// <c>[0.0123, "stdout", "aGVsbG8K"]</c>. Each line is written with one call and flushed to the operating
/// system before the next record, so killing the runner loses at most the last line.
/// </summary>
public sealed class IoLogFileWriter : IIoLogSink, IDisposable
{
    private readonly FileStream _stream;

    /// <summary>Creates (or truncates) the IO-log file of <paramref name="jobId"/> in <paramref name="folder"/>.</summary>
    public IoLogFileWriter(string folder, string jobId)
    {
        Directory.CreateDirectory(folder);
        Path = System.IO.Path.Combine(folder, IoLogFileName.For(jobId));
        _stream = new FileStream(Path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0);
    }

    /// <summary>Full path of the file.</summary>
    public string Path { get; }

    /// <summary>Appends <paramref name="record"/> as one line.</summary>
    public void Write(IoLogRecord record)
    {
        _stream.Write(Encoding.UTF8.GetBytes(FormatLine(record)));
        _stream.Flush();
    }

    /// <summary>Closes the file.</summary>
    public void Dispose() => _stream.Dispose();

    /// <summary>Returns the JSON line for <paramref name="record"/>, ending in <c>\n</c>.</summary>
    public static string FormatLine(IoLogRecord record)
    {
        var offset = record.Offset.ToString("0.0#####", CultureInfo.InvariantCulture);
        var data = Convert.ToBase64String(record.Data.Span);

        // Stream names and base64 text need no JSON escaping, so the line is assembled directly.
        return $"[{offset}, \"{record.Stream}\", \"{data}\"]\n";
    }
}
