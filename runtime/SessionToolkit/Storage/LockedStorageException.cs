using System;
using System.IO;

namespace SessionToolkit;

/// <summary>
/// Raised when a session folder still holds the <c>session.next</c> file of a save that did not finish.
/// The earlier checkpoint is intact; call <c>SessionStorage.BreakLock()</c> while holding the session's lock
/// to remove the leftover file.
/// </summary>
public class LockedStorageException : IOException
{
    /// <summary>Creates the exception for the session folder <paramref name="location"/>.</summary>
    public LockedStorageException(string message, string location, Exception? innerException = null)
        : base(message, innerException)
    {
        Location = location;
    }

    /// <summary>Full path of the locked session folder.</summary>
    public string Location { get; }
}
