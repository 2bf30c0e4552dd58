using System;
using System.Diagnostics;
using System.Linq;
using Xunit;
using static SessionToolkit.Generators.Tests.Infrastructure.SchemaHarness;

namespace SessionToolkit.Generators.Tests.Schema;

/// <summary>
/// Schema files far larger than any project writes, as a merge gone wrong or a generated file could make them. The
/// checks must take time linear in the file: looking every member or type up in a list took minutes for these.
/// </summary>
public class LargeSchemaTests
{
    private const int MemberCount = 100_000;

    // Each missing type costs less to look up than a member, so it takes more of them to show the difference.
    private const int TypeCount = 200_000;

    // A bound for a hang, not a speed target: each case takes a few seconds on 2 busy cores.
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(60);

    private const string Version3 = """
        using System.Text.Json.Nodes;
        using SessionToolkit;

        namespace Lab;

        [SessionState(Version = 3)]
        public partial class Wide
        {
            public int Value { get; set; }

            [SessionMigration(FromVersion = 2)]
            private static JsonObject Reset(JsonObject session) => new JsonObject();
        }
        """;

    [Fact]
    public void ManyMembersCompareInLinearTime()
    {
        // Versions 1 and 2 record the same members, so the step between them is compared member by member.
        var members = string.Join(
            ",\n",
            Enumerable.Range(0, MemberCount).Select(i => $"\"m{i}\": {{\"type\": \"int32\"}}")
        );
        var version = $"{{\"members\": {{{members}}}}}";
        var schema =
            "{\"formatVersion\": 1, \"states\": {\"Lab.Wide\": {\"type\": \"Lab.Wide\", \"versions\": "
            + $"{{\"1\": {version}, \"2\": {version}}}}}}}}}";

        var watch = Stopwatch.StartNew();
        var diagnostics = Analyze(Version3, schema);
        watch.Stop();

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("SESS019", diagnostic.Id);
        Assert.True(watch.Elapsed < HangBound, $"The analysis took {watch.Elapsed}.");
    }

    [Fact]
    public void ManyMissingTypesAreReportedAtKeys()
    {
        var states = string.Join(
            ",\n",
            Enumerable.Range(0, TypeCount).Select(i => $"\"Gone{i}\": {{\"type\": \"Gone{i}\", \"versions\": {{}}}}")
        );
        var wide =
            "\"Lab.Wide\": {\"type\": \"Lab.Wide\", \"versions\": {\"3\": {\"members\": {\"Value\": "
            + "{\"type\": \"int32\"}}}}}";
        var schema = $"{{\"formatVersion\": 1, \"states\": {{{states},\n{wide}}}}}";

        var watch = Stopwatch.StartNew();
        var diagnostics = Analyze(Version3, schema);
        watch.Stop();

        Assert.Equal(TypeCount, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal("SESS026", d.Id));
        Assert.Equal($"SESS026 SessionSchema.json({Position(schema, "\"Gone0\"")})", diagnostics[..1].Places());
        var last = diagnostics.Single(d => d.GetMessage().Contains("(type id 'Gone199999')", StringComparison.Ordinal));
        Assert.Equal($"SESS026 SessionSchema.json({Position(schema, "\"Gone199999\"")})", new[] { last }.Places());
        Assert.True(watch.Elapsed < HangBound, $"The analysis took {watch.Elapsed}.");
    }
}
