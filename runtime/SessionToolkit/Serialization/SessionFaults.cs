using System;

namespace SessionToolkit;

/// <summary>
/// Builds the resume errors with one message shape, so that every error names the file when it is known. The
/// errors are returned, not thrown, so that <see cref="SessionSerializer.TryPeek"/> classifies damage cheaply.
/// </summary>
internal static class SessionFaults
{
    public static CorruptedSessionException Corrupted(
        string reason,
        string? jsonPath,
        string? filePath,
        Exception? innerException = null
    )
    {
        var subject = filePath is null ? "The checkpoint" : $"The checkpoint '{filePath}'";
        return new CorruptedSessionException($"{subject} is corrupted: {reason}.", jsonPath, filePath, innerException);
    }

    public static IncompatibleSessionException NewerVersion(int found, int supported, string? filePath)
    {
        var subject = filePath is null ? "The checkpoint" : $"The checkpoint '{filePath}'";
        return new IncompatibleSessionException(
            $"{subject} is incompatible: found version {found}, supported up to {supported}.",
            foundVersion: found,
            supportedVersion: supported
        );
    }

    public static IncompatibleSessionException OtherType(string found, string expected, string? filePath)
    {
        var subject = filePath is null ? "The checkpoint" : $"The checkpoint '{filePath}'";
        return new IncompatibleSessionException(
            $"{subject} is incompatible: it holds state type '{found}', expected '{expected}'.",
            foundTypeId: found,
            expectedTypeId: expected
        );
    }
}
