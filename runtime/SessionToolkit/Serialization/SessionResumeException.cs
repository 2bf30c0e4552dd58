using System;

namespace SessionToolkit;

/// <summary>Base type of every error raised while a checkpoint is read back into a state object.</summary>
public class SessionResumeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SessionResumeException(string message, Exception? innerException = null)
        : base(message, innerException) { }
}
