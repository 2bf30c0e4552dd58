namespace JobRunner.Execution;

/// <summary>
/// Receives a job's output records as they are read. The executor calls <see cref="Write"/> from one thread at
/// a time, in the order the records were read, so a sink needs no locking of its own.
/// </summary>
public interface IIoLogSink
{
    /// <summary>Stores or forwards one record.</summary>
    void Write(IoLogRecord record);
}
