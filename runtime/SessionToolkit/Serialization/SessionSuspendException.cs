using System;

namespace SessionToolkit;

/// <summary>
/// Raised when a state cannot be written: an object cycle, a graph deeper than the configured limit, or a
/// checkpoint larger than the configured size limit.
/// </summary>
public class SessionSuspendException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SessionSuspendException(string message, string? jsonPath = null, Exception? innerException = null)
        : base(message, innerException)
    {
        JsonPath = jsonPath;
    }

    /// <summary>JSON path of the value being written when the failure was found.</summary>
    public string? JsonPath { get; }
}
