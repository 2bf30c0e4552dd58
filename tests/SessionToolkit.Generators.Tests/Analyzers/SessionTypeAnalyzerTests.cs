using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SessionToolkit.Generators.Analyzers;
using SessionToolkit.Generators.Tests.Infrastructure;
using Xunit;
using Verify = SessionToolkit.Generators.Tests.Infrastructure.SessionAnalyzerTest<SessionToolkit.Generators.Analyzers.SessionTypeAnalyzer>;

namespace SessionToolkit.Generators.Tests.Analyzers;

public class SessionTypeAnalyzerTests
{
    private static DiagnosticResult At(
        Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor,
        params object[] arguments
    ) => Verify.Diagnostic(descriptor).WithLocation(0).WithArguments(arguments);

    [Fact]
    public Task NonPartialStateOnIdentifier() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            [SessionState(Version = 1)]
            public class {|#0:Plain|} { public int A { get; set; } }
            """,
            At(DiagnosticDescriptors.TypeNotPartial, "Plain", "")
        );

    [Fact]
    public Task ContainerLeftToContainerAnalyzer() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            namespace Lab;
            public class Slot<T>
            {
                [SessionData]
                public partial class Marker { public int Index { get; set; } }
            }
            """
        );

    [Fact]
    public Task PartialChainIsQuiet() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            namespace Lab;
            public partial class Slot<T>
            {
                [SessionData]
                public partial class Marker { public int Index { get; set; } }
            }
            [SessionState(Version = 1)]
            public partial class Board { public Slot<int>.Marker? Last { get; set; } }
            """
        );

    [Fact]
    public Task UnsupportedTypeOnMemberType() =>
        Verify.VerifyAsync(
            """
            using System.Collections.Generic;
            using SessionToolkit;
            namespace Lab;
            public class Chain : List<Chain> { }
            [SessionState(Version = 1)]
            public partial class TreeNode
            {
                public List<TreeNode> Children { get; set; } = new();
                public {|#0:Chain?|} Links { get; set; }
                public Dictionary<string, TreeNode>? ByKey { get; set; }
            }
            """,
            At(
                DiagnosticDescriptors.UnsupportedMemberType,
                "Links",
                "Lab.Chain?",
                "use a type from the supported list, mark it [SessionData], or add a [SessionConverter]"
            )
        );

    [Fact]
    public Task UnsupportedKeyOnRecordParameterType() =>
        Verify.VerifyAsync(
            """
            using System.Collections.Generic;
            using SessionToolkit;
            [SessionState(Version = 1)]
            public partial record R({|#0:Dictionary<double, int>|} ByRatio);
            """,
            At(
                DiagnosticDescriptors.UnsupportedMemberType,
                "ByRatio",
                "System.Collections.Generic.Dictionary<double, int>",
                "dictionary keys must be strings, enums or integers"
            )
        );

    [Fact]
    public Task SupportedTypesAreQuiet() =>
        Verify.VerifyAsync(
            """
            using System;
            using System.Collections.Generic;
            using System.Collections.Immutable;
            using SessionToolkit;
            public enum Mode { On, Off }
            [SessionState(Version = 1)]
            public partial class S
            {
                public List<S> Children { get; set; } = new();
                public Dictionary<Mode, int[]>? Counts { get; set; }
                public ImmutableArray<Guid> Ids { get; set; }
                public DateTimeOffset? At { get; set; }
                public byte[]? Blob { get; set; }
                [Transient] public object? Scratch { get; set; }
            }
            """
        );

    [Fact]
    public Task UnknownTypeLeftToCompiler() =>
        Verify.VerifyAsync(
            """
            using System.Collections.Generic;
            using SessionToolkit;
            [SessionState(Version = 1)]
            public partial class S { public List<{|#0:Missing|}> Items { get; set; } = new(); }
            """,
            DiagnosticResult.CompilerError("CS0246").WithLocation(0).WithArguments("Missing")
        );

    [Fact]
    public Task DuplicateNameOnSecondMember() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            [SessionState(Version = 1)]
            public partial class S
            {
                public int A { get; set; }
                [Persist(Name = "A")] public int {|#0:B|} { get; set; }
            }
            """,
            At(DiagnosticDescriptors.DuplicatePersistedName, "B", "A", "A")
        );

    [Fact]
    public Task DuplicateNameAfterNamingPolicy() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            [SessionState(Version = 1, Naming = SessionNamingPolicy.SnakeCase)]
            public partial class Job
            {
                public string? RunningJob { get; set; }
                [Persist(Name = "running_job")] public string? {|#0:Current|} { get; set; }
            }
            """,
            At(DiagnosticDescriptors.DuplicatePersistedName, "Current", "running_job", "RunningJob")
        );

    // SESS028 for a member 'Kind' persisted as "$type" in a polymorphic type.
    private static readonly DiagnosticResult KindClash = At(
        DiagnosticDescriptors.PersistedNameInvalid,
        "Kind",
        "$type",
        "is the member that holds the discriminator of a [SessionDerivedType] value"
    );

    [Fact]
    public Task DiscriminatorNameOnNameArgument() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            [SessionData]
            [SessionDerivedType(typeof(Download), "download")]
            public partial class Step { }
            [SessionData]
            public partial class Download : Step { [Persist({|#0:Name = "$type"|})] public string Kind { get; set; } = ""; }
            """,
            KindClash
        );

    [Fact]
    public Task DiscriminatorNameOnBaseMember() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            [SessionData]
            [SessionDerivedType(typeof(Download), "download")]
            public partial class Step { [Persist({|#0:Name = "$type"|})] public string Kind { get; set; } = ""; }
            [SessionData]
            public partial class Download : Step { }
            """,
            KindClash,
            // The member is reported once for each type that persists it, the base and the derived type.
            KindClash
        );

    [Fact]
    public Task LoneSurrogateNameOnNameArgument() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            [SessionState(Version = 1)]
            public partial class S { [Persist({|#0:Name = "a\uD800"|})] public int A { get; set; } }
            """,
            At(
                DiagnosticDescriptors.PersistedNameInvalid,
                "A",
                "a\\ud800",
                "has a lone surrogate (U+D800), which UTF-8 JSON cannot hold"
            )
        );

    [Fact]
    public Task EscapedCharactersInNameAreQuiet() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            [SessionState(Version = 1)]
            public partial class S
            {
                [Persist(Name = "a\"b\\c\u0001<+é😀")] public int A { get; set; }
                [Persist(Name = "")] public int B { get; set; }
                [Persist(Name = "type")] public int C { get; set; }
                [Persist(Name = "$type")] public int D { get; set; }
            }
            """
        );

    [Fact]
    public Task DistinctNamesAreQuiet() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            [SessionState(Version = 1)]
            public partial class S
            {
                public int A { get; set; }
                [Persist(Name = "a")] public int B { get; set; }
            }
            """
        );

    [Fact]
    public Task InitializerOnlyReadonlyField() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            namespace Lab;
            [SessionState(Version = 1)]
            public partial class Lease
            {
                [Persist] public readonly string Holder;
                [Persist] public readonly long {|#0:Created|} = 17;
                public Lease(string holder) { Holder = holder; }
            }
            """,
            At(DiagnosticDescriptors.MemberCannotBeSet, "Created")
        );

    [Fact]
    public Task PersistedGetOnlyProperty() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            [SessionState(Version = 1)]
            public partial class S { [Persist] public int {|#0:Total|} { get; } }
            """,
            At(DiagnosticDescriptors.MemberCannotBeSet, "Total")
        );

    [Fact]
    public Task ConstructorBoundFieldsAreQuiet() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            namespace Lab;
            [SessionState(Version = 1)]
            public partial class Lease
            {
                [Persist] public readonly string Holder;
                [Persist] public readonly int Term;
                [Persist] public int Renewals;
                public Lease(string holder, int term) { Holder = holder; Term = term; }
            }
            """
        );

    [Fact]
    public Task SinceAboveVersionOnArgument() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            [SessionState(Version = 2)]
            public partial class S { [Persist({|#0:Since = 3|})] public int A { get; set; } }
            """,
            At(DiagnosticDescriptors.SinceAboveVersion, "A", "3", "2", "S")
        );

    // SESS029: an older checkpoint lacks the member, and a required, init or constructor member of a
    // non-nullable reference type would then resume as null, which the next checkpoint rejects.
    [Theory]
    [InlineData("public required string Owner { get; init; }", "string")]
    [InlineData("public string Owner { get; init; } = \"ann\";", "string")]
    [InlineData(
        "public required System.Collections.Generic.List<int> Owner { get; set; }",
        "System.Collections.Generic.List<int>"
    )]
    public Task NewNonNullableMemberOnSince(string declaration, string typeName) =>
        Verify.VerifyAsync(
            $$"""
            using SessionToolkit;
            [SessionState(Version = 3)]
            public partial class S
            {
                [Persist({|#0:Since = 3|})] {{declaration}}
                [SessionMigration(FromVersion = 1)]
                private static System.Text.Json.Nodes.JsonObject Up(System.Text.Json.Nodes.JsonObject s) => s;
            }
            """,
            At(DiagnosticDescriptors.NewMemberResumesAsNull, "Owner", "3", typeName, "2")
        );

    [Fact]
    public Task NewConstructorParameterOnSince() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            [SessionState(Version = 2)]
            public partial class S(string owner)
            {
                [Persist({|#0:Since = 2|})] public string Owner { get; } = owner;
            }
            """,
            At(DiagnosticDescriptors.NewMemberResumesAsNull, "Owner", "2", "string", "1")
        );

    // Each of these gives an older checkpoint a usable value: null is allowed, the initial value stays, the
    // value type has a default, or the migration from the version before fills the member in.
    [Theory]
    [InlineData("[Persist(Since = 2)] public required string? Owner { get; init; }", "")]
    [InlineData("[Persist(Since = 2)] public string Owner { get; set; } = \"ann\";", "")]
    [InlineData("[Persist(Since = 2)] public required int Owner { get; init; }", "")]
    [InlineData("[Persist(Since = 1)] public required string Owner { get; init; }", "")]
    [InlineData(
        "[Persist(Since = 2)] public required string Owner { get; init; }",
        "[SessionMigration(FromVersion = 1)] private static System.Text.Json.Nodes.JsonObject Up(System.Text.Json.Nodes.JsonObject s) { s[\"Owner\"] = \"ann\"; return s; }"
    )]
    public Task NewMemberWithValueIsQuiet(string declaration, string migration) =>
        Verify.VerifyAsync(
            $$"""
            using SessionToolkit;
            [SessionState(Version = 2)]
            public partial class S
            {
                {{declaration}}
                {{migration}}
            }
            """
        );

    [Fact]
    public Task SinceAboveVersionReportsOnlySess005() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            [SessionState(Version = 2)]
            public partial class S { [Persist({|#0:Since = 3|})] public required string A { get; init; } }
            """,
            At(DiagnosticDescriptors.SinceAboveVersion, "A", "3", "2", "S")
        );

    [Fact]
    public Task SinceAtVersionIsQuiet() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            [SessionState(Version = 3)]
            public partial class S { [Persist(Since = 3)] public int A { get; set; } }
            """
        );

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public Task VersionBelowOneOnArgument(string version) =>
        Verify.VerifyAsync(
            $$"""
            using SessionToolkit;
            [SessionState({|#0:Version = {{version}}|})]
            public partial class S { public int A { get; set; } }
            """,
            At(DiagnosticDescriptors.VersionBelowOne, "S", version)
        );

    [Fact]
    public Task DirectoriesWithoutAttributeOnArgument() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            public class Folders { }
            [SessionState(Version = 1, {|#0:Directories = typeof(Folders)|})]
            public partial class S { public int A { get; set; } }
            """,
            At(DiagnosticDescriptors.DirectoriesTypeInvalid, "Folders", "S")
        );

    [Fact]
    public Task DirectoriesWithAttributeIsQuiet() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            [WellKnownDirectories]
            public partial class Folders { }
            [SessionState(Version = 1, Directories = typeof(Folders))]
            public partial class S { public int A { get; set; } }
            """
        );

    [Fact]
    public Task VersionOneIsQuiet() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            [SessionState(Version = 1)]
            public partial class S { public int A { get; set; } }
            """
        );

    [Fact]
    public Task DerivedTypeNotDerivedOnTypeArgument() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            [SessionData]
            public partial class Other { }
            [SessionData, SessionDerivedType({|#0:typeof(Other)|}, "o")]
            public partial class Base { }
            """,
            At(DiagnosticDescriptors.InvalidDerivedType, "Base", "'Other' does not derive from 'Base'")
        );

    [Fact]
    public Task RepeatedDiscriminatorOnLiteral() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            [SessionData, SessionDerivedType(typeof(A), "x"), SessionDerivedType(typeof(B), {|#0:"x"|})]
            public partial class Base { }
            [SessionData] public partial class A : Base { }
            [SessionData] public partial class B : Base { }
            """,
            At(DiagnosticDescriptors.InvalidDerivedType, "Base", "the discriminator 'x' is used twice")
        );

    [Fact]
    public Task RepeatedDerivedTypeOnTypeArgument() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            [SessionData, SessionDerivedType(typeof(A), "a"), SessionDerivedType({|#0:typeof(A)|}, "again")]
            public partial class Base { }
            [SessionData] public partial class A : Base { }
            """,
            At(DiagnosticDescriptors.InvalidDerivedType, "Base", "'A' is declared twice")
        );

    [Fact]
    public Task DerivedTypesAreQuiet() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            [SessionData, SessionDerivedType(typeof(A), "a"), SessionDerivedType(typeof(B), "b")]
            public abstract partial class Base { }
            [SessionData] public partial class A : Base { }
            [SessionData] public partial class B : A { }
            """
        );

    [Fact]
    public Task HiddenMembersAreInfo() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            namespace Lab;
            public abstract partial class StepBase
            {
                public string? Label { get; init; }
                public int Order { get; set; }
                public virtual string Kind { get; set; } = "base";
                public abstract int Weight { get; }
            }
            [SessionState(Version = 1)]
            public partial class NamedStep : StepBase
            {
                public new required string {|#0:Label|} { get; init; }
                public new long {|#1:Order|} { get; set; }
                public override string Kind { get; set; } = "named";
                public override int Weight => 5;
            }
            """,
            At(DiagnosticDescriptors.HiddenBaseMemberNotPersisted, "Label", "StepBase.Label"),
            Verify
                .Diagnostic(DiagnosticDescriptors.HiddenBaseMemberNotPersisted)
                .WithLocation(1)
                .WithArguments("Order", "StepBase.Order")
        );

    [Fact]
    public Task OverridesAreQuiet() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            public abstract partial class StepBase { public virtual string Kind { get; set; } = "base"; }
            [SessionState(Version = 1)]
            public partial class NamedStep : StepBase { public override string Kind { get; set; } = "named"; }
            """
        );

    [Fact]
    public Task ConverterForAnotherType() =>
        Verify.VerifyAsync(
            """
            using System.Text.Json;
            using SessionToolkit;
            public sealed class IntConverter : ISessionConverter<int>
            {
                public void Write(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);
                public int Read(ref Utf8JsonReader reader) => reader.GetInt32();
            }
            [SessionState(Version = 1)]
            public partial class S { [SessionConverter({|#0:typeof(IntConverter)|})] public string? A { get; set; } }
            """,
            At(
                DiagnosticDescriptors.ConverterTypeMismatch,
                "IntConverter",
                "A",
                "it does not implement ISessionConverter<string?>"
            )
        );

    [Fact]
    public Task ConverterWithoutParameterlessConstructor() =>
        Verify.VerifyAsync(
            """
            using System.Text.Json;
            using SessionToolkit;
            public sealed class IntConverter(int scale) : ISessionConverter<int>
            {
                public void Write(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value * scale);
                public int Read(ref Utf8JsonReader reader) => reader.GetInt32() / scale;
            }
            [SessionState(Version = 1)]
            public partial class S { [SessionConverter({|#0:typeof(IntConverter)|})] public int A { get; set; } }
            """,
            At(
                DiagnosticDescriptors.ConverterTypeMismatch,
                "IntConverter",
                "A",
                "it has no public parameterless constructor"
            )
        );

    [Fact]
    public Task MatchingConverterIsQuiet() =>
        Verify.VerifyAsync(
            """
            using System.Text.Json;
            using SessionToolkit;
            public sealed class IntConverter : ISessionConverter<int>
            {
                public void Write(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);
                public int Read(ref Utf8JsonReader reader) => reader.GetInt32();
            }
            [SessionState(Version = 1)]
            public partial class S { [SessionConverter(typeof(IntConverter))] public int A { get; set; } }
            """
        );

    [Fact]
    public Task MetadataOnComputedMember() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            [SessionState(Version = 1)]
            public partial class S { [SessionMetadata] public int {|#0:Computed|} => 1; }
            """,
            At(DiagnosticDescriptors.MetadataMemberNotPersisted, "Computed")
        );

    [Fact]
    public Task MetadataOnTransientMember() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            [SessionState(Version = 1)]
            public partial class S { [SessionMetadata, Transient] public string? {|#0:Title|} { get; set; } }
            """,
            At(DiagnosticDescriptors.MetadataMemberNotPersisted, "Title")
        );

    [Fact]
    public Task PersistedMetadataIsQuiet() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            [SessionState(Version = 1)]
            public partial class S { [SessionMetadata] public string? Title { get; set; } }
            """
        );

    [Fact]
    public Task OpenGenericState() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            namespace Lab.Replay;
            [SessionState(Version = 1)]
            public partial class {|#0:Progress|}<T> { public T? Last { get; set; } }
            """,
            At(DiagnosticDescriptors.OpenGenericType, "Lab.Replay.Progress<T>")
        );

    [Fact]
    public Task NestedInGenericIsQuiet() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            namespace Lab;
            public partial class Host<TKey> where TKey : notnull
            {
                [SessionState(Version = 1)]
                public partial class Inner { public int Count { get; set; } }
            }
            """
        );

    [Fact]
    public Task CaseTypesAreQuiet()
    {
        var test = new SessionAnalyzerTest<SessionTypeAnalyzer>();
        foreach (var prefix in new[] { "Case001", "Case003", "Case004", "Case005", "Case006", "Case008", "Case009" })
        {
            foreach (var source in Sources.Cases(prefix))
            {
                test.TestState.Sources.Add(source);
            }
        }

        // The directories classes of these cases need the generator to compile; this analyzer ignores them.
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        return test.RunAsync(TestContext.Current.CancellationToken);
    }
}
