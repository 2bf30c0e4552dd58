using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using SessionToolkit.Interop;
using SessionToolkit.Tests.Storage;
using Xunit;

namespace SessionToolkit.Tests.PathSafety;

/// <summary>
/// Remove() deletes the session folder and nothing else: every planted link, hard link, pipe and nested folder
/// goes as an entry, and a session folder that is not a directory is left alone with an error.
/// </summary>
public sealed class RemoveSafetyTests : SentinelTest
{
    [Fact]
    public void RemoveDeletesOnlyTheSession()
    {
        var logger = new ListLogger();
        var storage = new SessionStorage(SessionStorage.Create(Temp.Repository).Location, logger);
        storage.SaveCheckpoint([1, 2, 3]);
        PlantEverything(storage);
        var neighbour = SessionStorage.Create(Temp.Repository);
        neighbour.SaveCheckpoint([4, 5, 6]);

        storage.Remove();

        Assert.False(Planted.Exists(storage.Location));
        Assert.Equal([4, 5, 6], neighbour.LoadCheckpoint());
        Assert.Equal([neighbour.Location], new SessionStorageRepository(Temp.Repository).Select(s => s.Location));
        var warning = Assert.Single(logger.Entries, entry => entry.Level == LogLevel.Warning);
        Assert.Contains("session.lock", warning.Message, StringComparison.Ordinal);
        Outside.AssertUntouched();
    }

    [Fact]
    public void FileInPlaceOfFolderKept()
    {
        var location = Path.Combine(Directory.CreateDirectory(Temp.Repository).FullName, "gone.session");
        var bytes = RandomNumberGenerator.GetBytes(100);
        File.WriteAllBytes(location, bytes);

        var error = Record.Exception(() => new SessionStorage(location).Remove());

        var ioError = Assert.IsType<IOException>(error);
        Assert.Equal(
            $"The session folder '{location}' is not a directory: another kind of entry has its name. Nothing was "
                + "removed; check what the entry is and delete it by hand if it is not needed.",
            ioError.Message
        );
        Assert.Equal(bytes, File.ReadAllBytes(location));
    }

    [Fact]
    public void LinkInPlaceOfFolderKept()
    {
        var location = Path.Combine(Directory.CreateDirectory(Temp.Repository).FullName, "linked.session");
        Directory.CreateSymbolicLink(location, Outside.Folder);

        var error = Record.Exception(() => new SessionStorage(location).Remove());

        var ioError = Assert.IsType<IOException>(error);
        Assert.Equal(
            $"The session folder '{location}' is a symbolic link; it is not used as a session.",
            ioError.Message
        );
        Assert.True(Planted.Exists(location));
        Outside.AssertUntouched();
    }

    /// <summary>
    /// Plants, inside the session, links to the sentinel's file and folder, a dangling link, a hard link to the
    /// sentinel's file, a named pipe, a nested folder with a link out, and links at session.next and
    /// session.lock.
    /// </summary>
    private void PlantEverything(SessionStorage storage)
    {
        string At(string name) => Path.Combine(storage.Location, name);

        Planted.Create(At("to-file"), PlantedKind.LinkToFile, Outside);
        Planted.Create(At("to-folder"), PlantedKind.LinkToFolder, Outside);
        Planted.Create(At("dangling"), PlantedKind.DanglingLink, Outside);
        Planted.Create(At("pipe"), PlantedKind.Fifo, Outside);
        Planted.Create(storage.EnsureDirectory("io-logs/deep"), PlantedKind.Folder, Outside);
        Planted.Create(At(SessionStorage.NextCheckpointFileName), PlantedKind.LinkToFile, Outside);
        Planted.Create(At(SessionStorage.LockFileName), PlantedKind.LinkToFolder, Outside);
        Assert.Equal(0, LibC.Link(Outside.FilePath, At("hard-link")));
    }
}
