using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace JobRunner.Execution;

/// <summary>
/// Reads one output stream of a job to its end and cuts it into IO-log records: one per line, with the
/// <c>\n</c> kept, or a piece of <see cref="MaxRecordBytes"/> when a line is longer (binary attachments have
/// few newlines). A last line without <c>\n</c> becomes a record when the stream ends.
/// </summary>
internal sealed class OutputPump(Stream source, string streamName, Stopwatch clock, Action<IoLogRecord> emit)
{
    /// <summary>The largest record the pump emits.</summary>
    public const int MaxRecordBytes = 64 * 1024;

    private readonly MemoryStream _line = new();

    /// <summary>Copies the stream until its end.</summary>
    public async Task RunAsync()
    {
        var buffer = new byte[8192];
        int count;
        while ((count = await source.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            Split(buffer.AsSpan(0, count));
        }

        Emit();
    }

    private void Split(ReadOnlySpan<byte> chunk)
    {
        while (!chunk.IsEmpty)
        {
            var room = MaxRecordBytes - (int)_line.Length;
            var newline = chunk[..Math.Min(chunk.Length, room)].IndexOf((byte)'\n');
            var take = newline >= 0 ? newline + 1 : Math.Min(chunk.Length, room);

            _line.Write(chunk[..take]);
            chunk = chunk[take..];

            if (newline >= 0 || _line.Length == MaxRecordBytes)
            {
                Emit();
            }
        }
    }

    private void Emit()
    {
        if (_line.Length == 0)
        {
            return;
        }

        emit(new IoLogRecord(clock.Elapsed.TotalSeconds, streamName, _line.ToArray()));
        _line.SetLength(0);
    }
}
