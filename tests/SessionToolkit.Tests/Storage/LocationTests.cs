using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Xunit;

namespace SessionToolkit.Tests.Storage;

public class LocationTests
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public void DefaultLocationFromXdgCacheHome()
    {
        var environment = new Dictionary<string, string?> { ["XDG_CACHE_HOME"] = "/x/cache", ["HOME"] = "/home/alice" };

        var location = SessionStorageRepository.GetDefaultLocation("st-case022", name =>
            environment.GetValueOrDefault(name)
        );

        Assert.Equal("/x/cache/st-case022/sessions", location);
    }

    [Fact]
    public void DefaultLocationFromHome()
    {
        var environment = new Dictionary<string, string?> { ["HOME"] = "/home/alice" };

        var location = SessionStorageRepository.GetDefaultLocation("st-case022", name =>
            environment.GetValueOrDefault(name)
        );

        Assert.Equal("/home/alice/.cache/st-case022/sessions", location);
    }

    [Fact]
    public void EmptyXdgCacheHomeIsUnset()
    {
        var environment = new Dictionary<string, string?> { ["XDG_CACHE_HOME"] = "", ["HOME"] = "/home/alice" };

        var location = SessionStorageRepository.GetDefaultLocation("st-case022", name =>
            environment.GetValueOrDefault(name)
        );

        Assert.Equal("/home/alice/.cache/st-case022/sessions", location);
    }

    [Fact]
    public void Case022DefaultLocationNotInTemp()
    {
        var location = SessionStorageRepository.GetDefaultLocation("st-case022");

        Assert.False(location.StartsWith(Path.GetTempPath(), StringComparison.Ordinal));
        Assert.EndsWith("/st-case022/sessions", location, StringComparison.Ordinal);
    }

    [Fact]
    public void RepositoryWithoutLocationUsesDefault()
    {
        var repository = new SessionStorageRepository();

        Assert.Equal(SessionStorageRepository.GetDefaultLocation("sessiontoolkit"), repository.Location);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("../evil")]
    public void InvalidApplicationNameRejected(string name)
    {
        Assert.ThrowsAny<ArgumentException>(() => SessionStorageRepository.GetDefaultLocation(name));
    }

    [Fact]
    public void Case022SessionNameIsRandom()
    {
        using var temp = new TempFolder();

        var first = SessionStorage.Create(temp.Repository);
        var second = SessionStorage.Create(temp.Repository);

        Assert.Matches(new Regex(@"^\d{8}T\d{9}Z-[a-z2-7]{16}\.session$"), first.Id);
        Assert.NotEqual(first.Id[^24..], second.Id[^24..]);
    }

    [Fact]
    public void Case022CreatedModesArePrivate()
    {
        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        storage.SaveCheckpoint([1]);
        using var heldLock = storage.AcquireLock();

        Assert.Equal(Private, Entry.Mode(temp.Repository));
        Assert.Equal(Private, Entry.Mode(storage.Location));
        Assert.Equal(PrivateFile, Entry.Mode(storage.SessionFile));
        Assert.Equal(PrivateFile, Entry.Mode(Path.Combine(storage.Location, "session.lock")));
    }

    [Fact]
    public void Case022SharedRepositoryRejected()
    {
        using var temp = new TempFolder();
        var shared = Directory.CreateDirectory(temp.Combine("shared-repo")).FullName;
        Entry.SetMode(shared, (UnixFileMode)0x1FF); // 0777

        var error = Record.Exception(() => SessionStorage.Create(shared));

        var ioError = Assert.IsType<IOException>(error);
        Assert.Contains(shared, ioError.Message, StringComparison.Ordinal);
        Assert.Contains(
            "writable by its group or by others without the sticky bit (mode 0777)",
            ioError.Message,
            StringComparison.Ordinal
        );
        Assert.Empty(Directory.GetFileSystemEntries(shared));
    }

    [Fact]
    public void GroupWritableRepositoryRejected()
    {
        using var temp = new TempFolder();
        var shared = Directory.CreateDirectory(temp.Combine("group-repo")).FullName;
        Entry.SetMode(shared, (UnixFileMode)0x1F8); // 0770

        Assert.Throws<IOException>(() => SessionStorage.Create(shared));
    }

    [Fact]
    public void ForeignOwnerRepositoryRejected()
    {
        using var temp = new TempFolder();
        var foreign = Directory.CreateDirectory(temp.Combine("foreign-repo")).FullName;
        Entry.SetMode(foreign, Private);
        ChangeOwner(foreign, "12345");

        var error = Assert.Throws<IOException>(() => SessionStorage.Create(foreign));

        Assert.Contains("owned by user id 12345", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StickySharedRepositoryAccepted()
    {
        using var temp = new TempFolder();
        var sticky = Directory.CreateDirectory(temp.Combine("sticky-repo")).FullName;
        Entry.SetMode(sticky, (UnixFileMode)0x3FF); // 1777, like /tmp

        var storage = SessionStorage.Create(sticky);

        Assert.True(Directory.Exists(storage.Location));
    }

    [Fact]
    public void SharedRepositoryOptInLogsWarning()
    {
        using var temp = new TempFolder();
        var shared = Directory.CreateDirectory(temp.Combine("shared-repo")).FullName;
        Entry.SetMode(shared, (UnixFileMode)0x1FF);
        var logger = new ListLogger();

        var storage = SessionStorage.Create(shared, allowSharedLocation: true, logger: logger);

        Assert.True(Directory.Exists(storage.Location));
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains(shared, entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Case022PrivateCacheSessionSaves()
    {
        using var temp = new TempFolder();
        var mine = temp.Combine("home", ".cache", "st-case022");

        var storage = SessionStorage.Create(mine);
        storage.SaveCheckpoint(new byte[100]);

        Assert.Equal(Private, Entry.Mode(mine));
        Assert.Equal(Private, Entry.Mode(storage.Location));
        foreach (var file in Directory.GetFiles(storage.Location))
        {
            Assert.Equal(PrivateFile, Entry.Mode(file));
        }
    }

    private static void ChangeOwner(string path, string userId)
    {
        using var chown = System.Diagnostics.Process.Start("chown", [userId, path]);
        chown.WaitForExit();
        Assert.Equal(0, chown.ExitCode);
    }
}
