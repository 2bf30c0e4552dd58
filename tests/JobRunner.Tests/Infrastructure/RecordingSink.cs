using System.Collections.Generic;
using System.Linq;
using System.Text;
using JobRunner.Execution;

namespace JobRunner.Tests.Infrastructure;

/// <summary>An IO-log sink that keeps every record in memory.</summary>
internal sealed class RecordingSink : IIoLogSink
{
    public List<IoLogRecord> Records { get; } = [];

    public void Write(IoLogRecord record) => Records.Add(record);

    public string Text(string stream) =>
        string.Concat(Records.Where(r => r.Stream == stream).Select(r => Encoding.UTF8.GetString(r.Data.Span)));
}
