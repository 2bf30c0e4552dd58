using SessionToolkit.Tests.Serialization.States;
using Xunit;

namespace SessionToolkit.Tests.Serialization;

public class MigrationTests
{
    [Fact]
    public void VersionOneMigratesUp()
    {
        var bytes = Checkpoints.Gzip("""{"version":1,"type":"Lab.Odometer","session":{"Miles":10}}""");

        var odometer = SessionSerializer.Resume<Odometer>(bytes);

        Assert.Equal(16, odometer.Km);
        Assert.Equal("km", odometer.Unit);
        Assert.Equal(1, odometer.SeenStoredVersion);
    }

    [Fact]
    public void VersionTwoMigratesUp()
    {
        var bytes = Checkpoints.Gzip("""{"session":{"Km":5},"version":2}""");

        var odometer = SessionSerializer.Resume<Odometer>(bytes);

        Assert.Equal(5, odometer.Km);
        Assert.Equal("km", odometer.Unit);
        Assert.Equal(2, odometer.SeenStoredVersion);
    }

    [Fact]
    public void CurrentVersionSkipsMigration()
    {
        var bytes = SessionSerializer.Suspend(new Odometer { Km = 3, Unit = "mi" });

        var odometer = SessionSerializer.Resume<Odometer>(bytes);

        Assert.Equal("mi", odometer.Unit);
        Assert.Equal(3, odometer.SeenStoredVersion);
    }

    [Fact]
    public void FailedMigrationIsCorrupted()
    {
        // Version 1 must have "Miles"; without it the migration fails on a null node.
        var bytes = Checkpoints.Gzip("""{"version":1,"session":{"Km":5}}""");

        var error = Assert.Throws<CorruptedSessionException>(() => SessionSerializer.Resume<Odometer>(bytes));

        Assert.Equal("$.session", error.JsonPath);
    }

    [Fact]
    public void ReaderFaultIsCorrupted()
    {
        // The hand-written reader throws InvalidOperationException on an unknown member, as value parsers do.
        var bytes = Checkpoints.Gzip("""{"version":3,"session":{"Km":5,"Other":1}}""");

        var error = Assert.Throws<CorruptedSessionException>(() => SessionSerializer.Resume<Odometer>(bytes));

        Assert.Equal("$.session", error.JsonPath);
    }
}
