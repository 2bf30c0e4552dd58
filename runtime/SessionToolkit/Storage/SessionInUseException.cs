using System;
using System.IO;

namespace SessionToolkit;

/// <summary>Raised when another live process holds the session's lock.</summary>
public class SessionInUseException : IOException
{
    /// <summary>Creates the exception for the session folder <paramref name="location"/>.</summary>
    public SessionInUseException(
        string message,
        string location,
        int? holderProcessId,
        Exception? innerException = null
    )
        : base(message, innerException)
    {
        Location = location;
        HolderProcessId = holderProcessId;
    }

    /// <summary>Full path of the session folder.</summary>
    public string Location { get; }

    /// <summary>Process id recorded by the lock holder, when it could be read.</summary>
    public int? HolderProcessId { get; }
}
