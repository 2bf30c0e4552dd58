using System;

namespace SessionToolkit;

/// <summary>
/// Raised when a checkpoint is intact but cannot be read by this code: it was written by a newer version of the
/// state type, or by another state type.
/// </summary>
public class IncompatibleSessionException : SessionResumeException
{
    /// <summary>Creates the exception.</summary>
    public IncompatibleSessionException(
        string message,
        int? foundVersion = null,
        int? supportedVersion = null,
        string? foundTypeId = null,
        string? expectedTypeId = null,
        Exception? innerException = null
    )
        : base(message, innerException)
    {
        FoundVersion = foundVersion;
        SupportedVersion = supportedVersion;
        FoundTypeId = foundTypeId;
        ExpectedTypeId = expectedTypeId;
    }

    /// <summary>Version stored in the checkpoint.</summary>
    public int? FoundVersion { get; }

    /// <summary>Highest version the running code reads.</summary>
    public int? SupportedVersion { get; }

    /// <summary>Type id stored in the checkpoint.</summary>
    public string? FoundTypeId { get; }

    /// <summary>Type id of the state type the caller asked for.</summary>
    public string? ExpectedTypeId { get; }
}
