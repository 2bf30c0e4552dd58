using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SessionToolkit.Generators.Analyzers;
using SessionToolkit.Generators.Tests.Infrastructure;
using Xunit;
using Verify = SessionToolkit.Generators.Tests.Infrastructure.SessionAnalyzerTest<SessionToolkit.Generators.Analyzers.PartialContainerAnalyzer>;

namespace SessionToolkit.Generators.Tests.Analyzers;

public class PartialContainerAnalyzerTests
{
    // Location 0 is the container's identifier, location 1 the nested generated type's, which the fix reads.
    private static DiagnosticResult At(string name, string detail) =>
        Verify
            .Diagnostic(DiagnosticDescriptors.TypeNotPartial)
            .WithLocation(0)
            .WithLocation(1)
            .WithArguments(name, detail);

    [Fact]
    public Task GenericContainerOnIdentifier() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            namespace Lab;
            public class {|#0:Slot|}<T>
            {
                [SessionData]
                public partial class {|#1:Marker|} { public int Index { get; set; } }
            }
            """,
            At("Slot", " (it contains 'Lab.Slot<T>.Marker')")
        );

    [Fact]
    public Task SplitTypeReportedOnce() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            namespace Lab;
            public class {|#0:Outer|}
            {
                [SessionState(Version = 1)]
                public partial class {|#1:Scan|} { public int Done { get; set; } }
                public partial class Scan { public int Total { get; set; } }
            }
            """,
            At("Outer", " (it contains 'Lab.Outer.Scan')")
        );

    [Fact]
    public Task OutermostOfChainOnceForTwoTypes()
    {
        var test = new SessionAnalyzerTest<PartialContainerAnalyzer>
        {
            TestCode = """
                using SessionToolkit;
                namespace Lab;
                public class {|#0:Outer|}
                {
                    public class Middle
                    {
                        [WellKnownDirectories]
                        public partial class {|#1:Dirs|} { [WellKnownDirectory("a")] public partial string A { get; } }
                    }

                    [SessionState(Version = 1)]
                    public partial class State { public int Done { get; set; } }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(At("Outer", " (it contains 'Lab.Outer.Middle.Dirs')"));

        // Without the generator the partial property has no implementing part (CS9248).
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public Task ContainerWithoutGeneratedTypeIsQuiet() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            namespace Lab;
            public class Outer
            {
                public class Inner { public int Done { get; set; } }
            }
            [SessionState(Version = 1)]
            public class NotPartial { public int A { get; set; } }
            """
        );
}
