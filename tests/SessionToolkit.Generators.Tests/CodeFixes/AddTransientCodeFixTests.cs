using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SessionToolkit.CodeFixes;
using SessionToolkit.Generators.Analyzers;
using SessionToolkit.Generators.Tests.Infrastructure;
using Xunit;

namespace SessionToolkit.Generators.Tests.CodeFixes;

public class AddTransientCodeFixTests
{
    private static DiagnosticResult Unsupported(int location, string member, string type) =>
        new DiagnosticResult(DiagnosticDescriptors.UnsupportedMemberType)
            .WithLocation(location)
            .WithArguments(
                member,
                type,
                "use a type from the supported list, mark it [SessionData], or add a [SessionConverter]"
            );

    [Fact]
    public Task MarksPropertyTransient()
    {
        var test = new SessionCodeFixTest<SessionTypeAnalyzer, AddTransientCodeFix>
        {
            TestCode = """
                using SessionToolkit;
                [SessionState(Version = 1)]
                public partial class Run
                {
                    /// <summary>Open log.</summary>
                    public {|#0:System.IO.Stream?|} Log { get; set; }
                }
                """,
            FixedCode = """
                using SessionToolkit;
                [SessionState(Version = 1)]
                public partial class Run
                {
                    /// <summary>Open log.</summary>
                    [Transient]
                    public System.IO.Stream? Log { get; set; }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Unsupported(0, "Log", "System.IO.Stream?"));
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public Task AddsUsingAndPropertyTarget()
    {
        var test = new SessionCodeFixTest<SessionTypeAnalyzer, AddTransientCodeFix>
        {
            TestCode = """
                [SessionToolkit.SessionState(Version = 1)]
                public partial record Job({|#0:System.IO.Stream|} Log, int Id);
                """,
            FixedCode = """
                using SessionToolkit;

                [SessionToolkit.SessionState(Version = 1)]
                public partial record Job([property: Transient] System.IO.Stream Log, int Id);
                """,
        };
        test.ExpectedDiagnostics.Add(Unsupported(0, "Log", "System.IO.Stream"));
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public Task FixAllInDocument()
    {
        var test = new SessionCodeFixTest<SessionTypeAnalyzer, AddTransientCodeFix>
        {
            TestCode = """
                using SessionToolkit;
                [SessionState(Version = 1)]
                public partial class Run
                {
                    public {|#0:object?|} First { get; set; }
                    [Persist] private {|#1:System.Action?|} _second;
                }
                """,
            FixedCode = """
                using SessionToolkit;
                [SessionState(Version = 1)]
                public partial class Run
                {
                    [Transient]
                    public object? First { get; set; }
                    [Transient]
                    [Persist] private System.Action? _second;
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Unsupported(0, "First", "object?"));
        test.ExpectedDiagnostics.Add(Unsupported(1, "_second", "System.Action?"));
        return test.RunAsync(TestContext.Current.CancellationToken);
    }
}
