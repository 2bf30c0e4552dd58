using System.IO;
using System.Linq;
using SessionToolkit.Tests.Infrastructure;
using Xunit;

namespace SessionToolkit.Tests.Schema;

public class SessionSchemaTests
{
    [Fact]
    public void ListsTypesAndVersions()
    {
        var schema = SessionSchema.Parse(GoldenSchemas.Renamed);

        Assert.Equal(["Tests.Renamed"], schema.TypeIds);
        Assert.Equal([1, 2], schema.GetVersions("Tests.Renamed"));
        Assert.Empty(schema.GetVersions("Tests.Other"));
        Assert.Null(schema.FilePath);
    }

    [Fact]
    public void ReadsRecordedExample()
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "samples", "SchemaHistory", "SessionSchema.json");

        var schema = SessionSchema.Load(path);

        Assert.Equal(path, schema.FilePath);
        Assert.Equal([1, 2, 3], schema.GetVersions("SchemaHistory.InstallState"));
    }

    [Theory]
    [InlineData("{", "$", "it is not valid JSON (")]
    [InlineData(
        """{"formatVersion": 2, "states": {}}""",
        "$.formatVersion",
        "the format version must be 1; update SessionToolkit to read newer files."
    )]
    [InlineData(
        """{"formatVersion": 1, "states": {}, "x": 1}""",
        "$",
        "unknown member 'x' (expected formatVersion, states)."
    )]
    [InlineData("""{"formatVersion": 1}""", "$", "member 'states' is missing.")]
    [InlineData(
        """{"formatVersion": 1, "states": {"A": {"type": "A", "versions": {"1": {"members": {"x": {"type": "int"}}}}}}}""",
        "$.states['A'].versions['1'].members['x'].type",
        "'int' is invalid: 'int' is not a known wire type."
    )]
    [InlineData(
        """{"formatVersion": 1, "states": {"A": {"type": "A", "versions": {"one": {"members": {}}}}}}""",
        "$.states['A'].versions['one']",
        "'one' is not a version number (1 or more, no leading zeros)."
    )]
    [InlineData(
        """{"formatVersion": 1, "states": {"A": {"type": "A", "versions": {"01": {"members": {}}}}}}""",
        "$.states['A'].versions['01']",
        "'01' is not a version number (1 or more, no leading zeros)."
    )]
    [InlineData(
        """{"formatVersion": 1, "formatVersion": 2, "states": {}}""",
        "$",
        "member 'formatVersion' occurs twice."
    )]
    [InlineData(
        """{"formatVersion": 1, "states": {"A": {"type": "A", "versions": {"1": {"members": {"x": {"type": "int32", "type": "string"}}}}}}}""",
        "$.states['A'].versions['1'].members['x']",
        "member 'type' occurs twice."
    )]
    [InlineData(
        """{"formatVersion": 1, "states": {"A": {"type": "A", "versions": {"1": {"members": {}, "members": {"x": {"type": "int32"}}}}}}}""",
        "$.states['A'].versions['1']",
        "member 'members' occurs twice."
    )]
    [InlineData(
        """{"formatVersion": 1, "states": {"A": {"type": "A", "versions": {"1": {"members": {}, "retired": ["a", "a"]}}}}}""",
        "$.states['A'].versions['1'].retired",
        "'a' occurs twice."
    )]
    public void InvalidTextNamesPath(string json, string path, string reason)
    {
        var error = Assert.Throws<InvalidDataException>(() => SessionSchema.Parse(json));

        Assert.StartsWith($"The schema file is invalid at {path}: {reason}", error.Message);
    }

    [Fact]
    public void DeeplyNestedTypeIsInvalid()
    {
        // Nested far past the limit: parsing it with recursion alone ended the test process with a stack overflow.
        var type = string.Concat(Enumerable.Repeat("array<", 100_000)) + "int32" + new string('>', 100_000);
        var json =
            "{\"formatVersion\": 1, \"states\": {\"A\": {\"type\": \"A\", \"versions\": {\"1\": {\"members\": "
            + $"{{\"x\": {{\"type\": \"{type}\"}}}}}}}}}}}}}}";

        var error = Assert.Throws<InvalidDataException>(() => SessionSchema.Parse(json));

        Assert.Equal(
            "The schema file is invalid at $.states['A'].versions['1'].members['x'].type: '"
                + string.Concat(Enumerable.Repeat("array<", 13))
                + "ar...' is invalid: the type arguments are nested more than 1000 levels deep.",
            error.Message
        );
    }

    [Fact]
    public void InvalidFileNamesFile()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "[]");

            var error = Assert.Throws<InvalidDataException>(() => SessionSchema.Load(file));

            Assert.Equal($"The schema file '{file}' is invalid at $: expected an object, found Array.", error.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
