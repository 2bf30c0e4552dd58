using System.IO;
using SessionToolkit.Tests.Storage;
using Xunit;

namespace SessionToolkit.Tests.PathSafety;

/// <summary>
/// A child process sets a umask and creates a repository, a session, a checkpoint, a lock and nested
/// sub-directories. Every directory is 0700 and every file 0600, whether the umask would open them up or take
/// the owner's own bits away.
/// </summary>
public sealed class PrivateModeTests
{
    private const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode File = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("022")]
    [InlineData("077")]
    [InlineData("777")]
    public void ModesIgnoreUmask(string umask)
    {
        using var temp = new TempFolder();

        var location = Storage.CrashWriter.Run("create-with-umask", temp.Repository, umask).Trim();

        Assert.Equal(Folder, Entry.Mode(temp.Repository));
        Assert.Equal(Folder, Entry.Mode(location));
        Assert.Equal(Folder, Entry.Mode(Path.Combine(location, "io-logs")));
        Assert.Equal(Folder, Entry.Mode(Path.Combine(location, "io-logs", "job-1")));
        Assert.Equal(File, Entry.Mode(Path.Combine(location, "session")));
        Assert.Equal(File, Entry.Mode(Path.Combine(location, "session.lock")));
    }
}
