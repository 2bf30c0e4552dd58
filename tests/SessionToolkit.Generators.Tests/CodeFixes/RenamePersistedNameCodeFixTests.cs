using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SessionToolkit.CodeFixes;
using SessionToolkit.Generators.Analyzers;
using SessionToolkit.Generators.Tests.Infrastructure;
using Xunit;

namespace SessionToolkit.Generators.Tests.CodeFixes;

public class RenamePersistedNameCodeFixTests
{
    private static DiagnosticResult Duplicate(string member, string name, string first) =>
        new DiagnosticResult(DiagnosticDescriptors.DuplicatePersistedName)
            .WithLocation(0)
            .WithArguments(member, name, first);

    [Fact]
    public Task ReplacesNameInExistingPersist()
    {
        var test = new SessionCodeFixTest<SessionTypeAnalyzer, RenamePersistedNameCodeFix>
        {
            TestCode = """
                using SessionToolkit;
                [SessionState(Version = 2, Naming = SessionNamingPolicy.SnakeCase)]
                public partial class Job
                {
                    public string? RunningJob { get; set; }
                    [Persist(Name = "running_job", Since = 2)] public string? {|#0:Current|} { get; set; }
                }
                """,
            FixedCode = """
                using SessionToolkit;
                [SessionState(Version = 2, Naming = SessionNamingPolicy.SnakeCase)]
                public partial class Job
                {
                    public string? RunningJob { get; set; }
                    [Persist(Name = "current", Since = 2)] public string? Current { get; set; }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Duplicate("Current", "running_job", "RunningJob"));
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public Task AddsPersistWithNumberedName()
    {
        var test = new SessionCodeFixTest<SessionTypeAnalyzer, RenamePersistedNameCodeFix>
        {
            TestCode = """
                using SessionToolkit;
                [SessionState(Version = 1, Naming = SessionNamingPolicy.CamelCase)]
                public partial class Probe
                {
                    public int Count { get; set; }
                    public int count2 { get; set; }
                    public int {|#0:count|} { get; set; }
                }
                """,
            FixedCode = """
                using SessionToolkit;
                [SessionState(Version = 1, Naming = SessionNamingPolicy.CamelCase)]
                public partial class Probe
                {
                    public int Count { get; set; }
                    public int count2 { get; set; }
                    [Persist(Name = "count3")]
                    public int count { get; set; }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Duplicate("count", "count", "Count"));
        return test.RunAsync(TestContext.Current.CancellationToken);
    }
}
