using System;
using System.Globalization;
using System.IO;
using JobRunner.Cli;
using JobRunner.Sessions;
using JobRunner.Tests.Infrastructure;
using SessionToolkit;
using Xunit;

namespace JobRunner.Tests.Cli;

public class SessionListingTests
{
    [Fact]
    public void LockedSessionAgedByName()
    {
        var repository = Jobs.TempFolder();
        var now = new DateTimeOffset(2026, 12, 4, 18, 0, 0, TimeSpan.Zero);
        var created = now.AddHours(-3);
        var id =
            created.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)
            + "-aaaaaaaaaaaaaaaa.session";
        var folder = Directory.CreateDirectory(Path.Combine(repository, id)).FullName;

        // A leftover session.next makes the session locked, so the listing has no metadata to age it by. The
        // folder's modification time is set to the listing time, as the write of session.next would leave it.
        File.WriteAllBytes(Path.Combine(folder, SessionStorage.NextCheckpointFileName), [1]);
        Directory.SetLastWriteTimeUtc(folder, now.UtcDateTime);
        var output = new StringWriter();

        SessionListing.Write(output, new SessionStorageRepository(repository).Scan<RunSession>(), now);

        var row = output.ToString().Split('\n')[1];
        Assert.StartsWith(id, row);
        Assert.Contains("  locked  ", row);
        Assert.Contains("  3h  ", row);
    }
}
