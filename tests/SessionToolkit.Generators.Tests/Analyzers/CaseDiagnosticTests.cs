using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using SessionToolkit.Generators.Directories;
using SessionToolkit.Generators.Tests.Infrastructure;
using Xunit;

namespace SessionToolkit.Generators.Tests.Analyzers;

/// <summary>
/// Inputs on which comparable generators failed (same names in two namespaces, generic containers, generated
/// member names, positional records, readonly fields, hidden members, split types, self-derived collections).
/// Both generators and every analyzer run over them as a build runs them, and each input must give its
/// diagnostics at their positions and no compiler error next to them.
/// </summary>
public class CaseDiagnosticTests
{
    private static (string Analyzers, string Errors) Build(params (string Path, string Text)[] sources)
    {
        var run = GeneratorHarness.Run([new SessionStateGenerator(), new WellKnownDirectoriesGenerator()], sources);
        var errors = run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        Assert.Empty(run.GeneratorDiagnostics);
        return (Located(GeneratorHarness.Analyze(run.OutputCompilation)), errors.Describe());
    }

    private static string Located(ImmutableArray<Diagnostic> diagnostics) =>
        string.Join(
            "\n",
            diagnostics.Select(d =>
            {
                var span = d.Location.GetLineSpan();
                return $"{d.Id} {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
            })
        );

    [Fact]
    public void SameNamesInTwoNamespaces()
    {
        var (analyzers, errors) = Build(
            (
                "Capture.cs",
                "using SessionToolkit;\nnamespace Lab.Capture\n{\n    [SessionState(Version = 1)]\n"
                    + "    public partial class Progress { public int Step { get; set; } }\n}\n"
            ),
            (
                "Replay.cs",
                """
                using SessionToolkit;
                namespace Lab.Replay
                {
                    [SessionState(Version = 1)]
                    public partial class Progress { public string? Cursor { get; set; } }

                    [SessionState(Version = 1)]
                    public partial class Progress<T> { public T? Last { get; set; } }

                    [SessionState(Version = 1)]
                    public partial class Both
                    {
                        public Lab.Capture.Progress? Left { get; set; }
                        public Progress? Right { get; set; }
                    }
                }
                """
            )
        );

        Assert.Equal("SESS015 Replay.cs(8,26)", analyzers);
        Assert.Equal("", errors);
    }

    [Fact]
    public void NonPartialGenericContainer()
    {
        var (analyzers, errors) = Build(
            (
                "Board.cs",
                """
                using SessionToolkit;
                namespace Lab;
                public class Slot<T>
                {
                    [SessionData]
                    public partial class Marker { public int Index { get; set; } }
                }
                [SessionState(Version = 1)]
                public partial class Board
                {
                    public Slot<int>.Marker? Last { get; set; }
                    public Slot<string>.Marker? Named { get; set; }
                }
                """
            )
        );

        Assert.Equal("SESS001 Board.cs(3,14)", analyzers);
        Assert.Equal("", errors);
    }

    [Fact]
    public void GeneratedMemberClash()
    {
        var (analyzers, errors) = Build(
            (
                "Dirs.cs",
                """
                using SessionToolkit;
                namespace Lab;
                [WellKnownDirectories]
                public partial class ProbeDirs
                {
                    [WellKnownDirectory("logs")] public partial string Logs { get; }
                    public int Populate(string only) => only.Length;
                }
                [WellKnownDirectories]
                public partial class ClashDirs
                {
                    [WellKnownDirectory("logs")] public partial string Logs { get; }
                    public void Populate() { }
                }
                [WellKnownDirectories]
                public partial class CtorDirs
                {
                    [WellKnownDirectory("logs")] public partial string Logs { get; }
                    public CtorDirs(SessionStorage storage) { }
                    public string[] AllDirectories => [];
                }
                """
            )
        );

        Assert.Equal("SESS010 Dirs.cs(13,17)\nSESS010 Dirs.cs(19,12)\nSESS010 Dirs.cs(20,21)", analyzers);
        Assert.Equal("", errors);
    }

    [Fact]
    public void PositionalRecordAttributes()
    {
        var (analyzers, errors) = Build(
            (
                "Records.cs",
                """
                using SessionToolkit;
                namespace Lab;
                [SessionState(Version = 1)]
                public partial record Marker([property: Transient] string Scratch, string Label);
                [SessionState(Version = 1)]
                public partial record Tagged([Transient] string Temp, int Id);
                """
            )
        );

        Assert.Equal("SESS011 Records.cs(6,31)", analyzers);
        Assert.Equal("", errors);
    }

    [Fact]
    public void InitializerOnlyReadonlyField()
    {
        var (analyzers, errors) = Build(
            (
                "Lease.cs",
                """
                using SessionToolkit;
                namespace Lab;
                [SessionState(Version = 1)]
                public partial class Lease
                {
                    [Persist] public readonly string Holder;
                    [Persist] public readonly int Term;
                    [Persist] public readonly long Created = 17;
                    [Persist] public int Renewals;
                    public Lease(string holder, int term) { Holder = holder; Term = term; }
                }
                """
            )
        );

        Assert.Equal("SESS004 Lease.cs(8,36)", analyzers);
        Assert.Equal("", errors);
    }

    [Fact]
    public void HiddenMembers()
    {
        var (analyzers, errors) = Build(Sources.Cases("Case010"));

        Assert.Equal("SESS012 Case010Types.cs(16,32)\nSESS012 Case010Types.cs(17,21)", analyzers);
        Assert.Equal("", errors);
    }

    [Fact]
    public void SplitTypeInNonPartialOuter()
    {
        var (analyzers, errors) = Build(
            (
                "Scan.State.cs",
                """
                using SessionToolkit;
                namespace Lab;
                public class Outer
                {
                    [SessionState(Version = 1)]
                    public partial class Scan { public int Done { get; set; } [Persist] private string? _lastPath; }

                    public partial class Scan { public int Total { get; set; } [Persist] private long _bytes; }
                }
                """
            )
        );

        Assert.Equal("SESS001 Scan.State.cs(3,14)", analyzers);
        Assert.Equal("", errors);
    }

    [Fact]
    public void SelfDerivedCollection()
    {
        var (analyzers, errors) = Build(
            (
                "Tree.cs",
                """
                using System.Collections.Generic;
                using SessionToolkit;
                namespace Lab;
                public class Chain : List<Chain> { }
                [SessionState(Version = 1)]
                public partial class TreeNode
                {
                    public string Name { get; set; } = "";
                    public List<TreeNode> Children { get; set; } = new();
                    public Chain? Links { get; set; }
                    public Dictionary<string, TreeNode>? ByKey { get; set; }
                }
                """
            )
        );

        Assert.Equal("SESS002 Tree.cs(10,12)", analyzers);
        Assert.Equal("", errors);
    }
}
