using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SessionToolkit.CodeFixes;
using SessionToolkit.Generators.Analyzers;
using SessionToolkit.Generators.Tests.Infrastructure;
using Xunit;

namespace SessionToolkit.Generators.Tests.CodeFixes;

public class AddPropertyTargetCodeFixTests
{
    private static DiagnosticResult NeedsTarget(int location, string attribute, string parameter) =>
        new DiagnosticResult(DiagnosticDescriptors.AttributeNeedsPropertyTarget)
            .WithLocation(location)
            .WithArguments(attribute, parameter);

    [Fact]
    public Task AddsTargetToList()
    {
        var test = new SessionCodeFixTest<PropertyTargetAnalyzer, AddPropertyTargetCodeFix>
        {
            TestCode = """
                using SessionToolkit;
                [SessionState(Version = 1)]
                public partial record Tagged([{|#0:Transient|}] string Temp, int Id);
                """,
            FixedCode = """
                using SessionToolkit;
                [SessionState(Version = 1)]
                public partial record Tagged([property: Transient] string Temp, int Id);
                """,
        };
        test.ExpectedDiagnostics.Add(NeedsTarget(0, "Transient", "Temp"));
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public Task MovesAttributeOutOfSharedList()
    {
        var test = new SessionCodeFixTest<PropertyTargetAnalyzer, AddPropertyTargetCodeFix>
        {
            TestCode = """
                using System.ComponentModel;
                using SessionToolkit;
                [SessionState(Version = 1)]
                public partial record Tagged([Description("scratch"), {|#0:Transient|}] string Temp, int Id);
                """,
            FixedCode = """
                using System.ComponentModel;
                using SessionToolkit;
                [SessionState(Version = 1)]
                public partial record Tagged([Description("scratch")] [property: Transient] string Temp, int Id);
                """,
        };
        test.ExpectedDiagnostics.Add(NeedsTarget(0, "Transient", "Temp"));
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public Task FixAllAcrossDocuments()
    {
        var test = new SessionCodeFixTest<PropertyTargetAnalyzer, AddPropertyTargetCodeFix>();
        test.TestState.Sources.Add(
            (
                "A.cs",
                "using SessionToolkit;\n[SessionState(Version = 1)]\n"
                    + "public partial record A([{|#0:Transient|}] string Temp, [{|#1:Persist(Name = \"id\")|}] int Id);\n"
            )
        );
        test.TestState.Sources.Add(
            (
                "B.cs",
                "using SessionToolkit;\n[SessionData]\npublic partial record B([{|#2:SessionMetadata|}] string Title);\n"
            )
        );
        test.FixedState.Sources.Add(
            (
                "A.cs",
                "using SessionToolkit;\n[SessionState(Version = 1)]\n"
                    + "public partial record A([property: Transient] string Temp, [property: Persist(Name = \"id\")] int Id);\n"
            )
        );
        test.FixedState.Sources.Add(
            (
                "B.cs",
                "using SessionToolkit;\n[SessionData]\npublic partial record B([property: SessionMetadata] string Title);\n"
            )
        );
        test.ExpectedDiagnostics.Add(NeedsTarget(0, "Transient", "Temp"));
        test.ExpectedDiagnostics.Add(NeedsTarget(1, "Persist", "Id"));
        test.ExpectedDiagnostics.Add(NeedsTarget(2, "SessionMetadata", "Title"));
        return test.RunAsync(TestContext.Current.CancellationToken);
    }
}
