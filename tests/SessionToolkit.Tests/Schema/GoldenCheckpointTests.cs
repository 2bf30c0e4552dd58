using System;
using System.IO;
using System.Linq;
using SessionToolkit.Tests.Serialization;
using Xunit;

namespace SessionToolkit.Tests.Schema;

public class GoldenCheckpointTests
{
    private static readonly SessionSchema Renamed = SessionSchema.Parse(GoldenSchemas.Renamed);

    [Fact]
    public void CheckpointHasSampleOfEveryShape()
    {
        var schema = SessionSchema.Parse(GoldenSchemas.Shapes);

        var json = Checkpoints.Gunzip(GoldenCheckpoints.Create(schema, "Tests.Shapes", 1));

        const string Expected = """
            {"version":1,"type":"Tests.Shapes","metadata":{},"session":{
            "At":"2001-02-03T04:05:06.0000000\u002B00:00",
            "Blob":"QmxvYg==",
            "ByColor":{"Blue":1},
            "Color":"Blue",
            "Flag":true,
            "Id":"00000002-0000-0000-0000-000000000000",
            "Items":[{"Name":"Name","Next":null}],
            "Note":"Note",
            "Number":3,
            "Ratio":4.5,
            "Shape":{"$type":"circle","Radius":5.5,"Tag":"Tag"},
            "Took":"01:02:03"}}
            """;
        Assert.Equal(Expected.Replace("\n", ""), json);
    }

    [Fact]
    public void CheckpointOfEveryShapeResumes()
    {
        var schema = SessionSchema.Parse(GoldenSchemas.Shapes);

        var report = GoldenCheckpoints.Replay<Shapes>(schema);

        Assert.True(report.Succeeded, report.ToString());
        var state = Assert.Single(report.Results).State!;
        Assert.Equal("Name", Assert.Single(state.Items).Name);
        Assert.Equal(5.5, Assert.IsType<ReplayCircle>(state.Shape).Radius);
        Assert.Equal(1, state.ByColor[ReplayColor.Blue]);
    }

    [Fact]
    public void MigratedRenameKeepsValue()
    {
        var report = GoldenCheckpoints.Replay<RenamedWithMigration>(Renamed);

        Assert.True(report.Succeeded, report.ToString());
        Assert.Equal([1, 2], report.Results.Select(r => r.Version));
        Assert.Equal("Title", report.Results[0].State!.Package);
        Assert.Equal("Package", report.Results[1].State!.Package);
        Assert.Equal(
            "golden checkpoint of version 1: passed\ngolden checkpoint of version 2: passed",
            report.ToString()
        );
    }

    [Fact]
    public void MissingMigrationLeavesValueBehind()
    {
        var report = GoldenCheckpoints.Replay<RenamedWithoutMigration>(Renamed);

        Assert.False(report.Succeeded);
        Assert.Empty(report.Problems);
        Assert.Equal(
            [
                "$.session.Title is still in the session after the migrations from version 1, but version 2 does not "
                    + "read it, so its value is lost; a migration should move it to its new member, or remove it on purpose.",
            ],
            report.Results[0].Problems
        );
        Assert.True(report.Results[1].Succeeded);
        var exception = Assert.Throws<GoldenReplayException>(report.ThrowIfFailed);
        Assert.StartsWith("golden checkpoint of version 1: failed\n  $.session.Title is still", exception.Message);
    }

    [Fact]
    public void DeepCheckpointReplaysWithItsDepthLimit()
    {
        var grid = "array<" + string.Concat(Enumerable.Repeat("array<", 69)) + "int32" + new string('>', 70) + "?";
        var schema = SessionSchema.Parse(
            "{\"formatVersion\": 1, \"states\": {\"Tests.Deep\": {\"type\": \"DeepState\", \"versions\": {"
                + $"\"1\": {{\"members\": {{\"Grid\": {{\"type\": \"{grid}\"}}}}}}, "
                + $"\"2\": {{\"members\": {{\"Grid\": {{\"type\": \"{grid}\"}}}}}}}}}}}}}}"
        );
        var options = new GoldenCheckpointOptions
        {
            SerializerOptions = new SessionSerializerOptions { MaxDepth = 100 },
        };

        var report = GoldenCheckpoints.Replay<DeepState>(schema, options);

        Assert.True(report.Succeeded, report.ToString());
        Assert.Equal([1, 2], report.Results.Select(r => r.Version));
    }

    [Fact]
    public void IncompatibleTypeFailsResume()
    {
        var report = GoldenCheckpoints.Replay<Retyped>(SessionSchema.Parse(GoldenSchemas.Retyped));

        var problem = Assert.Single(report.Results[0].Problems);
        Assert.StartsWith("CorruptedSessionException: ", problem);
        Assert.Contains("$.session.Count", problem);
        Assert.Null(report.Results[0].State);
        Assert.True(report.Results[1].Succeeded);
    }

    [Fact]
    public void UnrecordedTypeIsProblem()
    {
        var report = GoldenCheckpoints.Replay<Retyped>(Renamed);

        Assert.Equal(["The schema records no state type with type id 'Tests.Retyped'."], report.Problems);
        Assert.Empty(report.Results);
        Assert.False(report.Succeeded);
    }

    [Fact]
    public void UnrecordedCodeVersionIsProblem()
    {
        var onlyFirst = SessionSchema.Parse(GoldenSchemas.Renamed.Replace("\"2\": {", "\"9\": {"));

        var report = GoldenCheckpoints.Replay<RenamedWithMigration>(onlyFirst);

        Assert.Equal(
            [
                "The schema records version 9, above the code's version 2; its checkpoints are rejected.",
                "The code's version 2 is not recorded, so members the migrations leave behind cannot be found; record "
                    + "it with 'dotnet build -p:UpdateSessionSchema=true'.",
            ],
            report.Problems
        );
        Assert.Equal([1], report.Results.Select(r => r.Version));
    }

    [Fact]
    public void WrittenFilesReplay()
    {
        var folder = Directory.CreateTempSubdirectory("sessiontoolkit-golden-");
        try
        {
            var paths = GoldenCheckpoints.WriteAll<RenamedWithMigration>(Renamed, folder.FullName);

            var report = GoldenCheckpoints.ReplayFiles<RenamedWithMigration>(Renamed, paths);

            Assert.Equal(
                [
                    Path.Combine(folder.FullName, "Tests.Renamed.v1.session"),
                    Path.Combine(folder.FullName, "Tests.Renamed.v2.session"),
                ],
                paths
            );
            Assert.True(report.Succeeded, report.ToString());
            Assert.Equal(paths, report.Results.Select(r => r.Source));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void MissingFileIsProblem()
    {
        var report = GoldenCheckpoints.ReplayFiles<RenamedWithMigration>(Renamed, ["/nonexistent/old.session"]);

        var problem = Assert.Single(Assert.Single(report.Results).Problems);
        Assert.StartsWith("DirectoryNotFoundException: ", problem);
    }

    [Fact]
    public void FileNameReplacesInvalidCharacters()
    {
        Assert.Equal("Lab_Run.v3.session", GoldenCheckpoints.FileName("Lab/Run", 3));
    }

    [Fact]
    public void ConverterNeedsSample()
    {
        var schema = SessionSchema.Parse(
            GoldenSchemas.Retyped.Replace(
                "\"Count\": { \"type\": \"string\" }",
                "\"Count\": { \"type\": \"converter<Lab.CountConverter>\" }"
            )
        );

        var error = Assert.Throws<InvalidOperationException>(() =>
            GoldenCheckpoints.Create(schema, "Tests.Retyped", 1)
        );
        var options = new GoldenCheckpointOptions();
        options.Samples["converter<Lab.CountConverter>"] = "[1, 2]";
        var json = Checkpoints.Gunzip(GoldenCheckpoints.Create(schema, "Tests.Retyped", 1, options));

        Assert.Equal(
            "No sample value can be made for converter<Lab.CountConverter> at $.session.Count: a converter decides its "
                + "JSON, which the schema does not record. Give one as JSON text in "
                + "GoldenCheckpointOptions.Samples[\"converter<Lab.CountConverter>\"].",
            error.Message
        );
        Assert.Equal("{\"version\":1,\"type\":\"Tests.Retyped\",\"metadata\":{},\"session\":{\"Count\":[1, 2]}}", json);
    }

    [Fact]
    public void InvalidSampleIsRejected()
    {
        var options = new GoldenCheckpointOptions();
        options.Samples["string"] = "{";

        var error = Assert.Throws<InvalidOperationException>(() =>
            GoldenCheckpoints.Create(Renamed, "Tests.Renamed", 1, options)
        );

        Assert.StartsWith("The sample given for string at $.session.Title is not valid JSON: ", error.Message);
    }

    [Fact]
    public void UnknownVersionIsRejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            GoldenCheckpoints.Create(Renamed, "Tests.Renamed", 3)
        );

        Assert.StartsWith("The schema records versions 1, 2 of 'Tests.Renamed', not version 3.", error.Message);
    }
}
