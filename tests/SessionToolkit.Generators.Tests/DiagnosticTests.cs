using System.Linq;
using SessionToolkit.Generators.Tests.Infrastructure;
using Xunit;

namespace SessionToolkit.Generators.Tests;

public class DiagnosticTests
{
    private static GeneratorRun Run(string source) =>
        GeneratorHarness.Run([new SessionStateGenerator()], ("Input.cs", source));

    private static string Located(GeneratorRun run) =>
        string.Join(
            "\n",
            run.GeneratorDiagnostics.Select(d =>
            {
                var span = d.Location.GetLineSpan();
                return $"{d.Id} {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
            })
        );

    [Fact]
    public void NonPartialContainerReportedOnce()
    {
        var run = Run(
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

        Assert.Equal("SESS001 Input.cs(3,14)", Located(run));
        Assert.Empty(run.GeneratedSources);
    }

    [Fact]
    public void NonPartialContainerHasNoFollowOnErrors()
    {
        var run = Run(
            """
            using SessionToolkit;
            namespace Lab;
            public class Slot<T>
            {
                [SessionData]
                public partial class Marker { public int Index { get; set; } }
            }
            [SessionState(Version = 1)]
            public partial class Board { public Slot<int>.Marker? Last { get; set; } }
            """
        );

        Assert.Equal("SESS001 Input.cs(3,14)", Located(run));
        Assert.Equal("", run.CompilationDiagnostics.Describe());
    }

    [Fact]
    public void MetadataMemberNotPersisted()
    {
        var run = Run(
            """
            using SessionToolkit;
            [SessionState(Version = 1)]
            public partial class S
            {
                [SessionMetadata] public int Computed => 1;
            }
            """
        );

        Assert.Equal("SESS014 Input.cs(5,34)", Located(run));
    }

    [Fact]
    public void TransientWithoutPropertyTargetIsCompilerError()
    {
        var run = Run(
            """
            using SessionToolkit;
            [SessionState(Version = 1)]
            public partial record Tagged([Transient] string Temp, int Id);
            """
        );

        Assert.Equal(["CS0592"], run.CompilationDiagnostics.Select(d => d.Id));
    }

    [Fact]
    public void SplitTypeInNonPartialOuterReportedOnce()
    {
        var run = Run(
            """
            using SessionToolkit;
            namespace Lab;
            public class Outer
            {
                [SessionState(Version = 1)]
                public partial class Scan { public int Done { get; set; } }
                public partial class Scan { public int Total { get; set; } }
            }
            """
        );

        Assert.Equal("SESS001 Input.cs(3,14)", Located(run));
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Id.StartsWith("CS", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void NonPartialTypeOnItsIdentifier()
    {
        var run = Run(
            """
            using SessionToolkit;
            [SessionState(Version = 1)]
            public class Plain { public int A { get; set; } }
            """
        );

        Assert.Equal("SESS001 Input.cs(3,14)", Located(run));
    }

    [Fact]
    public void UnsupportedTypeOnMemberType()
    {
        var run = Run(
            """
            using System.Collections.Generic;
            using SessionToolkit;
            namespace Lab;
            public class Chain : List<Chain> { }
            [SessionState(Version = 1)]
            public partial class TreeNode
            {
                public List<TreeNode> Children { get; set; } = new();
                public Chain? Links { get; set; }
            }
            """
        );

        Assert.Equal("SESS002 Input.cs(9,12)", Located(run));
        Assert.Empty(run.GeneratedSources);
    }

    [Fact]
    public void UnknownTypeLeftToCompiler()
    {
        var run = Run(
            """
            using System.Collections.Generic;
            using SessionToolkit;
            [SessionState(Version = 1)]
            public partial class S { public List<Missing> Items { get; set; } = new(); }
            """
        );

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(["CS0246"], run.CompilationDiagnostics.Select(d => d.Id));
    }

    [Fact]
    public void UnsupportedElementOnMemberType()
    {
        var run = Run(
            """
            using System.Collections.Generic;
            using SessionToolkit;
            [SessionState(Version = 1)]
            public partial class S { public List<object> Items { get; set; } = new(); }
            """
        );

        Assert.Equal("SESS002 Input.cs(4,33)", Located(run));
    }

    [Fact]
    public void DuplicateJsonNameOnSecondMember()
    {
        var run = Run(
            """
            using SessionToolkit;
            [SessionState(Version = 1)]
            public partial class S
            {
                public int A { get; set; }
                [Persist(Name = "A")] public int B { get; set; }
            }
            """
        );

        Assert.Equal("SESS003 Input.cs(6,38)", Located(run));
    }

    [Fact]
    public void InitializerOnlyReadonlyField()
    {
        var run = Run(
            """
            using SessionToolkit;
            namespace Lab;
            [SessionState(Version = 1)]
            public partial class Lease
            {
                [Persist] public readonly string Holder;
                [Persist] public readonly long Created = 17;
                public Lease(string holder) { Holder = holder; }
            }
            """
        );

        Assert.Equal("SESS004 Input.cs(7,36)", Located(run));
        Assert.Contains("'Created'", run.GeneratorDiagnostics.Single().GetMessage());
    }

    [Fact]
    public void SinceAboveVersion()
    {
        var run = Run(
            """
            using SessionToolkit;
            [SessionState(Version = 2)]
            public partial class S { [Persist(Since = 3)] public int A { get; set; } }
            """
        );

        Assert.Equal("SESS005 Input.cs(3,35)", Located(run));
    }

    [Fact]
    public void HiddenMembersAreInfo()
    {
        var run = GeneratorHarness.Run([new SessionStateGenerator()], Sources.Cases("Case010"));

        Assert.Equal("SESS012 Case010Types.cs(16,32)\nSESS012 Case010Types.cs(17,21)", Located(run));
        Assert.Single(run.GeneratedSources);
    }

    [Fact]
    public void OpenGenericState()
    {
        var run = Run(
            """
            using SessionToolkit;
            namespace Lab.Replay;
            [SessionState(Version = 1)]
            public partial class Progress<T> { public T? Last { get; set; } }
            """
        );

        Assert.Equal("SESS015 Input.cs(4,22)", Located(run));
        Assert.Empty(run.GeneratedSources);
    }

    [Fact]
    public void ConverterForAnotherType()
    {
        var run = Run(
            """
            using System.Text.Json;
            using SessionToolkit;
            public sealed class IntConverter : ISessionConverter<int>
            {
                public void Write(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);
                public int Read(ref Utf8JsonReader reader) => reader.GetInt32();
            }
            [SessionState(Version = 1)]
            public partial class S { [SessionConverter(typeof(IntConverter))] public string? A { get; set; } }
            """
        );

        Assert.Equal("SESS013 Input.cs(9,27)", Located(run));
    }

    [Fact]
    public void DerivedTypeNotDerived()
    {
        var run = Run(
            """
            using SessionToolkit;
            [SessionData]
            public partial class Other { }
            [SessionData, SessionDerivedType(typeof(Other), "o")]
            public partial class Base { }
            """
        );

        Assert.Equal("SESS008 Input.cs(4,15)", Located(run));
    }

    [Fact]
    public void RepeatedDiscriminator()
    {
        var run = Run(
            """
            using SessionToolkit;
            [SessionData, SessionDerivedType(typeof(A), "x"), SessionDerivedType(typeof(B), "x")]
            public partial class Base { }
            [SessionData] public partial class A : Base { }
            [SessionData] public partial class B : Base { }
            """
        );

        Assert.Equal("SESS008 Input.cs(2,51)", Located(run));
    }

    [Fact]
    public void BadMigrationSignature()
    {
        var run = Run(
            """
            using SessionToolkit;
            [SessionState(Version = 2)]
            public partial class S
            {
                public int A { get; set; }
                [SessionMigration(FromVersion = 1)] private static int Up(int session) => session;
            }
            """
        );

        Assert.Equal("SESS009 Input.cs(6,60)", Located(run));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void MigrationOutsideVersionRange(int fromVersion)
    {
        var run = Run(
            $$"""
            using System.Text.Json.Nodes;
            using SessionToolkit;
            [SessionState(Version = 2)]
            public partial class S
            {
                public int A { get; set; }
                [SessionMigration(FromVersion = {{fromVersion}})] private static JsonObject Up(JsonObject s) => s;
            }
            """
        );

        Assert.Equal("SESS009 Input.cs(7,67)", Located(run));
    }

    [Fact]
    public void TwoMigrationsOfOneVersion()
    {
        var run = Run(
            """
            using System.Text.Json.Nodes;
            using SessionToolkit;
            [SessionState(Version = 2)]
            public partial class S
            {
                [SessionMigration(FromVersion = 1)] private static JsonObject Up(JsonObject s) => s;
                [SessionMigration(FromVersion = 1)] private static JsonObject Again(JsonObject s) => s;
            }
            """
        );

        Assert.Equal("SESS009 Input.cs(7,67)", Located(run));
    }

    [Fact]
    public void RepeatedAttributeGivesOneOutput()
    {
        var run = GeneratorHarness.Run(
            [new SessionStateGenerator()],
            ("A.cs", "[SessionToolkit.SessionState] public partial class S { public int A { get; set; } }"),
            ("B.cs", "[SessionToolkit.SessionState] public partial class S { public int B { get; set; } }")
        );

        Assert.Single(run.GeneratedSources);
        Assert.Equal(["CS0579"], run.CompilationDiagnostics.Select(d => d.Id));
    }
}
