using System;

namespace SessionToolkit;

/// <summary>
/// Raised when a checkpoint is damaged: empty, truncated, not gzip, not JSON, or a value of the wrong shape.
/// </summary>
public class CorruptedSessionException : SessionResumeException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, in plain words.</param>
    /// <param name="jsonPath">JSON path of the bad value, such as <c>$.session.results['job-1'][0].outcome</c>.</param>
    /// <param name="filePath">Checkpoint file the bytes came from, when known.</param>
    /// <param name="innerException">The underlying error, when there is one.</param>
    public CorruptedSessionException(
        string message,
        string? jsonPath = null,
        string? filePath = null,
        Exception? innerException = null
    )
        : base(message, innerException)
    {
        JsonPath = jsonPath;
        FilePath = filePath;
    }

    /// <summary>JSON path of the bad value, or <c>null</c> when the damage is below the JSON level.</summary>
    public string? JsonPath { get; }

    /// <summary>Checkpoint file the bytes came from, when known.</summary>
    public string? FilePath { get; }
}
