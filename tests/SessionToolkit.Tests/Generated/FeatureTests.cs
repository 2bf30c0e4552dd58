using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace SessionToolkit.Tests.Generated;

public class PolymorphismTests
{
    private static Drawing Sample() =>
        new()
        {
            Shapes =
            [
                new Circle { Tag = "c", Radius = 2 },
                new Square { Tag = "s", Side = 3 },
                new RoundedSquare
                {
                    Tag = "r",
                    Side = 4,
                    Corner = 0.5,
                },
            ],
            Main = new Circle { Radius = 1 },
            Plain = new Note { Text = "p" },
            Loud = new LoudNote { Text = "l", Volume = 11 },
        };

    [Fact]
    public void DiscriminatorWrittenFirst()
    {
        var json = RoundTrip.SessionJson(
            new Drawing
            {
                Main = new Circle { Tag = "t", Radius = 1 },
            }
        );

        Assert.Contains("\"Main\":{\"$type\":\"circle\",\"Tag\":\"t\",\"Radius\":1}", json);
    }

    [Fact]
    public void BaseInstanceHasNoDiscriminator()
    {
        var json = RoundTrip.SessionJson(new Drawing { Plain = new Note { Text = "p" } });

        Assert.Contains("\"Plain\":{\"Text\":\"p\"}", json);
    }

    [Fact]
    public void DerivedTypesRoundTrip()
    {
        var actual = RoundTrip.Through(Sample());

        Assert.Equal(2, Assert.IsType<Circle>(actual.Shapes[0]).Radius);
        Assert.Equal(3, Assert.IsType<Square>(actual.Shapes[1]).Side);
        Assert.Equal(0.5, Assert.IsType<RoundedSquare>(actual.Shapes[2]).Corner);
        Assert.Equal("r", actual.Shapes[2].Tag);
        Assert.IsType<Note>(actual.Plain);
        Assert.Equal(11, Assert.IsType<LoudNote>(actual.Loud).Volume);
    }

    [Theory]
    [InlineData("{\"Main\":{\"$type\":\"square\",\"Tag\":\"x\",\"Side\":5}}")]
    [InlineData("{\"Main\":{\"Tag\":\"x\",\"$type\":\"square\",\"Side\":5}}")]
    [InlineData("{\"Main\":{\"Tag\":\"x\",\"Side\":5,\"$type\":\"square\"}}")]
    public void DiscriminatorInAnyPosition(string session)
    {
        var actual = RoundTrip.ReadSession<Drawing>(session);

        Assert.Equal(5, Assert.IsType<Square>(actual.Main).Side);
        Assert.Equal("x", actual.Main!.Tag);
    }

    [Fact]
    public void UnknownDiscriminatorIsCorrupted()
    {
        var error = Assert.Throws<CorruptedSessionException>(() =>
            RoundTrip.ReadSession<Drawing>("{\"Main\":{\"$type\":\"hexagon\"}}")
        );

        Assert.Equal("$.session.Main", error.JsonPath);
    }

    [Fact]
    public void MissingDiscriminatorOfAbstractIsCorrupted()
    {
        var error = Assert.Throws<CorruptedSessionException>(() =>
            RoundTrip.ReadSession<Drawing>("{\"Shapes\":[{\"Tag\":\"x\"}]}")
        );

        Assert.Equal("$.session.Shapes[0]", error.JsonPath);
    }
}

public class MemberRuleTests
{
    private static JobState Job() =>
        new()
        {
            Title = "nightly",
            IsRunning = true,
            RunningJobCount = 4,
            IoLogPath = "/tmp/io",
            Scratch = "changed",
            Hidden = 9,
            Owner = "ann",
            Attempts = 2,
            Kind = "k",
            Cursor = (3, -1),
        };

    [Fact]
    public void NamesFollowPolicyAndPersist()
    {
        var json = RoundTrip.SessionJson(Job());

        Assert.Equal(
            "{\"attempts\":2,\"cursor\":[3,-1],\"hidden\":9,\"IOLog\":\"/tmp/io\",\"is_running\":true,"
                + "\"kind\":\"k\",\"owner\":\"ann\",\"running_job_count\":4,\"title\":\"nightly\"}",
            json
        );
    }

    [Fact]
    public void MembersRoundTrip()
    {
        var actual = RoundTrip.Through(Job());

        Assert.Equal("nightly", actual.Title);
        Assert.True(actual.IsRunning);
        Assert.Equal(4, actual.RunningJobCount);
        Assert.Equal("/tmp/io", actual.IoLogPath);
        Assert.Equal("scratch", actual.Scratch);
        Assert.Equal(9, actual.Hidden);
        Assert.Equal("ann", actual.Owner);
        Assert.Equal(2, actual.Attempts);
        Assert.Equal("k", actual.Kind);
        Assert.Equal((3, -1), actual.Cursor);
    }

    [Fact]
    public void MissingRequiredIsCorrupted()
    {
        var error = Assert.Throws<CorruptedSessionException>(() =>
            RoundTrip.ReadSession<JobState>("{\"owner\":\"a\"}", storedVersion: 3)
        );

        Assert.Contains("'attempts'", error.Message);
    }

    [Fact]
    public void MissingMemberNewerThanStoredVersionIsDefault()
    {
        var actual = RoundTrip.ReadSession<JobState>("{\"attempts\":1}", storedVersion: 2);

        Assert.Null(actual.Owner);
    }

    [Fact]
    public void MissingMemberOfStoredVersionIsCorrupted()
    {
        var error = Assert.Throws<CorruptedSessionException>(() =>
            RoundTrip.ReadSession<JobState>("{\"attempts\":1}", storedVersion: 3)
        );

        Assert.Contains("'owner'", error.Message);
    }

    [Fact]
    public void MissingSetterMemberKeepsDefault()
    {
        var actual = RoundTrip.ReadSession<JobState>("{\"attempts\":1,\"owner\":\"o\"}");

        Assert.Equal("", actual.Title);
        Assert.Equal("scratch", actual.Scratch);
    }

    [Fact]
    public void TypeIdAndVersion()
    {
        Assert.Equal("lab.job", Case001SameNameDifferentNamespaces.TypeId<JobState>());
        Assert.Equal(3, Version<JobState>());
    }

    [Fact]
    public void MetadataHasMarkedMembers()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteMetadata(writer, Job());
        }

        Assert.Equal("{\"is_running\":true,\"title\":\"nightly\"}", Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void MigrationRunsFromStoredVersion()
    {
        var session = JsonNode.Parse("{\"jobs\":5,\"attempts\":1,\"owner\":\"o\"}")!.AsObject();

        var migrated = Migrate<JobState>(session, 1);

        Assert.Equal("{\"attempts\":1,\"owner\":\"o\",\"running_job_count\":5}", migrated.ToJsonString());
    }

    [Fact]
    public void VersionWithoutMigrationPassesThrough()
    {
        var session = JsonNode.Parse("{\"jobs\":5}")!.AsObject();

        var migrated = Migrate<JobState>(session, 2);

        Assert.Equal("{\"jobs\":5}", migrated.ToJsonString());
    }

    [Fact]
    public void CamelCaseRecordStructRoundTrips()
    {
        var expected = new Sample(1, null) { IOCount = 3 };

        Assert.Equal("{\"firstValue\":1,\"ioCount\":3,\"secondValue\":null}", RoundTrip.SessionJson(expected));
        Assert.Equal(expected, RoundTrip.Through(expected));
    }

    [Fact]
    public void StructRoundTrips()
    {
        var actual = RoundTrip.Through(new Counters { Hits = 1, Misses = 2 });

        Assert.Equal(1, actual.Hits);
        Assert.Equal(2, actual.Misses);
    }

    [Fact]
    public void PopulateWithoutDirectoriesCreatesNothing()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory();

        Populate<JobState>(new SessionStorage(folder.FullName));

        Assert.Empty(folder.GetFileSystemInfos());
        folder.Delete(true);
    }

    private static int Version<T>()
        where T : ISessionState<T> => T.SessionVersion;

    private static void WriteMetadata<T>(Utf8JsonWriter writer, T value)
        where T : ISessionState<T> => T.WriteMetadata(writer, value, new SessionWriteContext());

    private static JsonObject Migrate<T>(JsonObject session, int fromVersion)
        where T : ISessionState<T> => T.MigrateSession(session, fromVersion);

    private static void Populate<T>(SessionStorage storage)
        where T : ISessionState<T> => T.PopulateDirectories(storage);
}
