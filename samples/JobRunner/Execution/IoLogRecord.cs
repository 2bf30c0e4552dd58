using System;

namespace JobRunner.Execution;

/// <summary>A chunk of a job's output, as plainbox records it in its IO logs.</summary>
/// <param name="Offset">Seconds from the job's start to the moment the chunk was read.</param>
/// <param name="Stream"><c>stdout</c> or <c>stderr</c>.</param>
/// <param name="Data">The bytes as the job wrote them; a chunk is one line, or less when the line is long.</param>
public sealed record IoLogRecord(double Offset, string Stream, ReadOnlyMemory<byte> Data)
{
    /// <summary>The stream name of standard output.</summary>
    public const string StandardOutput = "stdout";

    /// <summary>The stream name of standard error.</summary>
    public const string StandardError = "stderr";
}
