using System;
using System.IO;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SessionToolkit.Interop;

namespace SessionToolkit;

public sealed partial class SessionStorage
{
    /// <summary>Name of the symbolic link that points at the one session kept in legacy mode.</summary>
    public const string LegacyLinkName = "last-session";

    /// <summary>
    /// Creates a new session folder (mode 0700) in the repository folder <paramref name="baseDirectory"/>, which
    /// is created 0700 when missing. The folder's name is its UTC creation time and a random part, so it sorts
    /// by age and cannot be predicted.
    /// </summary>
    /// <param name="baseDirectory">The repository folder.</param>
    /// <param name="legacyMode">
    /// Keep a single session: point the <c>last-session</c> link at the new one (replaced atomically) and remove
    /// the session it pointed at before.
    /// </param>
    /// <param name="allowSharedLocation">
    /// Accept a repository folder that other users can write to, or that another user owns, with a logged
    /// warning instead of an <see cref="IOException"/>.
    /// </param>
    /// <param name="logger">Receives warnings and failures; also used by the returned storage.</param>
    public static SessionStorage Create(
        string baseDirectory,
        bool legacyMode = false,
        bool allowSharedLocation = false,
        ILogger? logger = null
    )
    {
        ArgumentException.ThrowIfNullOrEmpty(baseDirectory);
        logger ??= NullLogger.Instance;
        var repository = Path.TrimEndingDirectorySeparator(Path.GetFullPath(baseDirectory));

        PrivateDirectory.EnsureTree(repository, "repository folder");
        SharedLocationCheck.Check(repository, allowSharedLocation, logger);

        var storage = new SessionStorage(CreateSessionFolder(repository), logger);
        if (legacyMode)
        {
            storage.BecomeLegacySession(repository);
        }

        return storage;
    }

    private static string CreateSessionFolder(string repository)
    {
        // 80 random bits make a clash practically impossible; the retry covers one anyway instead of failing.
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var path = Path.Combine(repository, SessionFolderName.Create(DateTime.UtcNow));
            if (PrivateDirectory.TryCreateNew(path))
            {
                return path;
            }
        }

        throw new IOException($"Could not create a new session folder in '{repository}': every new name was taken.");
    }

    /// <summary>Points <c>last-session</c> at this session and removes the session it pointed at before.</summary>
    private void BecomeLegacySession(string repository)
    {
        var previous = new SessionStorageRepository(repository, _logger).GetLastStorage();
        ReplaceLegacyLink(repository);

        if (previous is null || previous.Location == Location)
        {
            return;
        }

        try
        {
            previous.Remove();
            StorageLog.LegacySessionRemoved(_logger, previous.Id, previous.Location);
        }
        catch (SessionInUseException exception)
        {
            // The new session is already in place, so a live process in the old one only delays its removal.
            StorageLog.LegacySessionInUse(_logger, exception, previous.Id, previous.Location);
        }
    }

    private void ReplaceLegacyLink(string repository)
    {
        var link = Path.Combine(repository, LegacyLinkName);
        var temporary = Path.Combine(repository, $".{LegacyLinkName}.{Guid.NewGuid():N}.tmp");
        if (OperatingSystem.IsWindows())
        {
            File.CreateSymbolicLink(temporary, Id);
            File.Move(temporary, link, overwrite: true);
            return;
        }

        // A relative target keeps the link valid when the repository folder is moved. The rename replaces the
        // old link in one step, so a reader always finds a link, the old one or the new one.
        if (LibC.SymbolicLink(Id, temporary) != 0)
        {
            throw Errno.ToException(Errno.Last(), "create the link", temporary);
        }

        if (LibC.Rename(temporary, link) != 0)
        {
            var exception = Errno.ToException(Errno.Last(), "replace the link", link);
            LibC.Unlink(temporary);
            throw exception;
        }
    }
}
