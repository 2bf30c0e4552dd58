using System.Threading.Tasks;
using Xunit;
using Verify = SessionToolkit.Generators.Tests.Infrastructure.SessionAnalyzerTest<SessionToolkit.Generators.Analyzers.SessionTypeAnalyzer>;

namespace SessionToolkit.Generators.Tests.Analyzers;

public class MigrationAnalyzerTests
{
    private static string State(int version, string migrations) =>
        $$"""
            using System.Text.Json.Nodes;
            using SessionToolkit;
            [SessionState(Version = {{version}})]
            public partial class S
            {
                public int A { get; set; }
            {{migrations}}
            }
            """;

    [Fact]
    public Task WrongSignatureOnIdentifier() =>
        Verify.VerifyAsync(
            State(2, "    [SessionMigration(FromVersion = 1)] private static int {|#0:Up|}(int session) => session;"),
            Verify
                .Diagnostic(DiagnosticDescriptors.InvalidMigration)
                .WithLocation(0)
                .WithArguments("Up", "it must be 'static JsonObject Name(JsonObject session)'")
        );

    [Fact]
    public Task InstanceMethodReported() =>
        Verify.VerifyAsync(
            State(2, "    [SessionMigration(FromVersion = 1)] private JsonObject {|#0:Up|}(JsonObject s) => s;"),
            Verify
                .Diagnostic(DiagnosticDescriptors.InvalidMigration)
                .WithLocation(0)
                .WithArguments("Up", "it must be 'static JsonObject Name(JsonObject session)'")
        );

    [Theory]
    [InlineData(
        1,
        1,
        "FromVersion = 1, but the state is at version 1, which has no older version to migrate from; "
            + "raise Version or remove the method"
    )]
    [InlineData(2, 0, "FromVersion = 0 must be 1, below the state's version 2")]
    [InlineData(2, 2, "FromVersion = 2 must be 1, below the state's version 2")]
    [InlineData(4, 4, "FromVersion = 4 must be from 1 to 3, below the state's version 4")]
    [InlineData(4, -1, "FromVersion = -1 must be from 1 to 3, below the state's version 4")]
    public Task FromVersionOutsideRange(int version, int fromVersion, string reason) =>
        Verify.VerifyAsync(
            State(
                version,
                $"    [SessionMigration(FromVersion = {fromVersion})] private static JsonObject {{|#0:Up|}}(JsonObject s) => s;"
            ),
            Verify.Diagnostic(DiagnosticDescriptors.InvalidMigration).WithLocation(0).WithArguments("Up", reason)
        );

    [Fact]
    public Task TwoMigrationsOfOneVersion() =>
        Verify.VerifyAsync(
            State(
                2,
                """
                    [SessionMigration(FromVersion = 1)] private static JsonObject Up(JsonObject s) => s;
                    [SessionMigration(FromVersion = 1)] private static JsonObject {|#0:Again|}(JsonObject s) => s;
                """
            ),
            Verify
                .Diagnostic(DiagnosticDescriptors.InvalidMigration)
                .WithLocation(0)
                .WithArguments("Again", "another migration already upgrades version 1")
        );

    [Fact]
    public Task GapInsideChain() =>
        Verify.VerifyAsync(
            State(
                5,
                """
                    [SessionMigration(FromVersion = 1)] private static JsonObject From1(JsonObject s) => s;
                    [SessionMigration(FromVersion = 4)] private static JsonObject {|#0:From4|}(JsonObject s) => s;
                """
            ),
            Verify
                .Diagnostic(DiagnosticDescriptors.InvalidMigration)
                .WithLocation(0)
                .WithArguments(
                    "From4",
                    "the chain has a gap: no migration upgrades versions 2 to 3, between the migrations from version 1 and from version 4"
                )
        );

    [Fact]
    public Task SingleVersionGap() =>
        Verify.VerifyAsync(
            State(
                4,
                """
                    [SessionMigration(FromVersion = 3)] private static JsonObject {|#0:From3|}(JsonObject s) => s;
                    [SessionMigration(FromVersion = 1)] private static JsonObject From1(JsonObject s) => s;
                """
            ),
            Verify
                .Diagnostic(DiagnosticDescriptors.InvalidMigration)
                .WithLocation(0)
                .WithArguments(
                    "From3",
                    "the chain has a gap: no migration upgrades version 2, between the migrations from version 1 and from version 3"
                )
        );

    [Fact]
    public Task VersionsAfterLastMigrationAreQuiet() =>
        Verify.VerifyAsync(
            State(5, "    [SessionMigration(FromVersion = 2)] private static JsonObject From2(JsonObject s) => s;")
        );

    [Fact]
    public Task ContiguousChainIsQuiet() =>
        Verify.VerifyAsync(
            State(
                4,
                """
                    [SessionMigration(FromVersion = 3)] private static JsonObject From3(JsonObject s) => s;
                    [SessionMigration(FromVersion = 2)] private static JsonObject From2(JsonObject s) => s;
                """
            )
        );
}
