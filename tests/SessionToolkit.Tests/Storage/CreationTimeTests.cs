using System;
using System.IO;
using Xunit;

namespace SessionToolkit.Tests.Storage;

public class CreationTimeTests
{
    [Fact]
    public void CreatedSessionHasItsTime()
    {
        using var temp = new TempFolder();
        var before = DateTime.UtcNow.AddMilliseconds(-1);

        var storage = SessionStorage.Create(temp.Repository);

        var created = Assert.NotNull(storage.CreationTimeUtc);
        Assert.Equal(DateTimeKind.Utc, created.Kind);
        Assert.InRange(created, before, DateTime.UtcNow);
    }

    [Fact]
    public void TimeIsReadFromFolderName()
    {
        var storage = new SessionStorage("/srv/sessions/20261204T151200123Z-k3m9q2x7ab4rt6yw.session");

        Assert.Equal(new DateTime(2026, 12, 4, 15, 12, 0, 123, DateTimeKind.Utc), storage.CreationTimeUtc);
    }

    [Theory]
    [InlineData("hand-made.session")]
    [InlineData("nightly.session")]
    [InlineData("20261304T151200123Z-k3m9q2x7ab4rt6yw.session")]
    public void OtherNamesHaveNoTime(string name)
    {
        Assert.Null(new SessionStorage(Path.Combine("/srv/sessions", name)).CreationTimeUtc);
    }
}
