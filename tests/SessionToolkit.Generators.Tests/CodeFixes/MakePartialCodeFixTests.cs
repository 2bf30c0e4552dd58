using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SessionToolkit.CodeFixes;
using SessionToolkit.Generators.Analyzers;
using SessionToolkit.Generators.Tests.Infrastructure;
using Xunit;

namespace SessionToolkit.Generators.Tests.CodeFixes;

public class MakePartialCodeFixTests
{
    private static DiagnosticResult NotPartial(int location, string name, string detail) =>
        new DiagnosticResult(DiagnosticDescriptors.TypeNotPartial).WithLocation(location).WithArguments(name, detail);

    [Fact]
    public Task AddsPartialAfterModifiers()
    {
        var test = new SessionCodeFixTest<SessionTypeAnalyzer, MakePartialCodeFix>
        {
            TestCode = """
                using SessionToolkit;
                [SessionState(Version = 1)]
                public sealed class {|#0:Plain|} { public int A { get; set; } }
                """,
            FixedCode = """
                using SessionToolkit;
                [SessionState(Version = 1)]
                public sealed partial class Plain { public int A { get; set; } }
                """,
        };
        test.ExpectedDiagnostics.Add(NotPartial(0, "Plain", ""));
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public Task FixesContainingTypes()
    {
        var test = new SessionCodeFixTest<PartialContainerAnalyzer, MakePartialCodeFix>
        {
            TestCode = """
                using SessionToolkit;
                namespace Lab;
                class {|#0:Outer|}
                {
                    public class Middle
                    {
                        [SessionData]
                        public record {|#1:Marker|}(int Index);
                    }
                }
                """,
            FixedCode = """
                using SessionToolkit;
                namespace Lab;
                partial class Outer
                {
                    public partial class Middle
                    {
                        [SessionData]
                        public partial record Marker(int Index);
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(
            NotPartial(0, "Outer", " (it contains 'Lab.Outer.Middle.Marker')").WithLocation(1)
        );
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public Task FixAllAcrossDocuments()
    {
        var test = new SessionCodeFixTest<SessionTypeAnalyzer, MakePartialCodeFix>();
        test.TestState.Sources.Add(
            (
                "A.cs",
                """
                using SessionToolkit;
                [SessionState(Version = 1)]
                public class {|#0:First|} { public int A { get; set; } }
                [SessionData]
                internal struct {|#1:Second|} { public int B { get; set; } }
                """
            )
        );
        test.TestState.Sources.Add(
            ("B.cs", "[SessionToolkit.SessionState(Version = 1)]\npublic record {|#2:Third|}(string Name);\n")
        );
        test.FixedState.Sources.Add(
            (
                "A.cs",
                """
                using SessionToolkit;
                [SessionState(Version = 1)]
                public partial class First { public int A { get; set; } }
                [SessionData]
                internal partial struct Second { public int B { get; set; } }
                """
            )
        );
        test.FixedState.Sources.Add(
            ("B.cs", "[SessionToolkit.SessionState(Version = 1)]\npublic partial record Third(string Name);\n")
        );
        test.ExpectedDiagnostics.Add(NotPartial(0, "First", ""));
        test.ExpectedDiagnostics.Add(NotPartial(1, "Second", ""));
        test.ExpectedDiagnostics.Add(NotPartial(2, "Third", ""));
        return test.RunAsync(TestContext.Current.CancellationToken);
    }
}
