using System.Linq;
using SessionToolkit.Generators.Tests.Infrastructure;
using Xunit;

namespace SessionToolkit.Generators.Tests;

/// <summary>
/// The generator's side of the diagnostics: the analyzers report every error (see Analyzers/), and the generator
/// emits nothing for an errored type and reports nothing itself, so a build shows each diagnostic once.
/// </summary>
public class DiagnosticTests
{
    private static GeneratorRun Run(string source) =>
        GeneratorHarness.Run([new SessionStateGenerator()], ("Input.cs", source));

    /// <summary>Inputs with one error each, and the hint name the errored type would have.</summary>
    public static TheoryData<string, string> ErroredTypes =>
        new()
        {
            { "Plain.g.cs", "[SessionToolkit.SessionState] public class Plain { public int A { get; set; } }" },
            {
                "Lab.Slot`1+Marker.g.cs",
                "namespace Lab; public class Slot<T> { [SessionToolkit.SessionData] public partial class Marker { } }"
            },
            {
                "S.g.cs",
                "[SessionToolkit.SessionState] public partial class S { public System.IO.Stream? A { get; set; } }"
            },
            {
                "S.g.cs",
                """
                    [SessionToolkit.SessionState]
                    public partial class S { public int A { get; set; } [SessionToolkit.Persist(Name = "A")] public int B; }
                    """
            },
            {
                "S.g.cs",
                "[SessionToolkit.SessionState] public partial class S { [SessionToolkit.Persist] public int A { get; } }"
            },
            {
                "S.g.cs",
                "[SessionToolkit.SessionState(Version = 2)] public partial class S { [SessionToolkit.Persist(Since = 3)] public int A { get; set; } }"
            },
            {
                "Base.g.cs",
                "public class Other { } [SessionToolkit.SessionData, SessionToolkit.SessionDerivedType(typeof(Other), \"o\")] public partial class Base { }"
            },
            {
                "S.g.cs",
                """
                    [SessionToolkit.SessionState(Version = 4)]
                    public partial class S
                    {
                        [SessionToolkit.SessionMigration(FromVersion = 1)]
                        private static System.Text.Json.Nodes.JsonObject Up(System.Text.Json.Nodes.JsonObject s) => s;

                        [SessionToolkit.SessionMigration(FromVersion = 3)]
                        private static System.Text.Json.Nodes.JsonObject Up3(System.Text.Json.Nodes.JsonObject s) => s;
                    }
                    """
            },
            {
                "S.g.cs",
                "[SessionToolkit.SessionState] public partial class S { [SessionToolkit.SessionMetadata] public int A => 1; }"
            },
            {
                "Progress`1.g.cs",
                "[SessionToolkit.SessionState] public partial class Progress<T> { public T? Last { get; set; } }"
            },
        };

    [Theory]
    [MemberData(nameof(ErroredTypes))]
    public void ErroredTypeGivesNoOutput(string hintName, string source)
    {
        var run = Run(source);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.DoesNotContain(hintName, run.GeneratedSources.Select(s => s.HintName));
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

        Assert.Equal("", run.CompilationDiagnostics.Describe());
        Assert.Equal(
            "SESS001 Input.cs(3,14): Type 'Slot' must be declared partial because the generator adds code to it "
                + "(it contains 'Lab.Slot<T>.Marker')",
            GeneratorHarness.Analyze(run.OutputCompilation).Describe()
        );
        Assert.Empty(run.GeneratedSources);
    }

    [Fact]
    public void SplitTypeInNonPartialOuterHasNoErrors()
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

        Assert.Equal("", run.CompilationDiagnostics.Describe());
        Assert.Equal(["SESS001"], GeneratorHarness.Analyze(run.OutputCompilation).Select(d => d.Id));
    }

    [Fact]
    public void TransientWithoutPropertyTargetCompiles()
    {
        var run = Run(
            """
            using SessionToolkit;
            [SessionState(Version = 1)]
            public partial record Tagged([Transient] string Temp, int Id);
            """
        );

        Assert.Equal("", run.CompilationDiagnostics.Describe());
        Assert.Equal(
            "SESS011 Input.cs(3,31): Attribute 'Transient' on record parameter 'Temp' has no effect; "
                + "write [property: Transient] to apply it to the property",
            GeneratorHarness.Analyze(run.OutputCompilation).Describe()
        );
        Assert.Contains("\"Temp\"", run.Source("Tagged.g.cs"));
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
        Assert.Empty(GeneratorHarness.Analyze(run.OutputCompilation));
        Assert.Equal(["CS0246"], run.CompilationDiagnostics.Select(d => d.Id));
    }

    // A type that does not exist is the compiler's CS0246 to report, wherever the type is named. A diagnostic of
    // ours would repeat it, and generated code naming the type would add a second error.
    [Theory]
    [InlineData("[SessionState(Directories = typeof(Missing))] public partial class S { public int A { get; set; } }")]
    [InlineData(
        "[SessionState] public partial class S { [SessionConverter(typeof(Missing))] public int A { get; set; } }"
    )]
    [InlineData("[SessionData, SessionDerivedType(typeof(Missing), \"x\")] public partial class S { }")]
    [InlineData("[SessionState] public partial class S { public Missing.Inner? A { get; set; } }")]
    [InlineData("[SessionState] public partial class S : Missing { public int A { get; set; } }")]
    [InlineData("[SessionState] public partial record S(Missing A);")]
    [InlineData(
        "[SessionState(Version = 2)] public partial class S "
            + "{ [SessionMigration(FromVersion = 1)] static System.Text.Json.Nodes.JsonObject Up(Missing s) => null!; }"
    )]
    public void UnknownTypeOnlyCompilerError(string declaration)
    {
        var run = Run("using SessionToolkit;\n" + declaration);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(GeneratorHarness.Analyze(run.OutputCompilation));
        Assert.Equal(["CS0246"], run.CompilationDiagnostics.Select(d => d.Id));
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
