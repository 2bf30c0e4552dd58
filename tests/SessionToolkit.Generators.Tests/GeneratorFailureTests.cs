using System.Linq;
using Microsoft.CodeAnalysis;
using SessionToolkit.Generators.Tests.Infrastructure;
using Xunit;

namespace SessionToolkit.Generators.Tests;

/// <summary>A failure inside the generator becomes SESS016 on the type, and the other types keep their code.</summary>
public class GeneratorFailureTests
{
    private const string Source = """
        using SessionToolkit;

        namespace Lab;

        [SessionState(Version = 1)]
        public partial class Broken
        {
            public int Value { get; set; }
        }

        [SessionState(Version = 1)]
        public partial class Healthy
        {
            public int Value { get; set; }
        }
        """;

    [Fact]
    public void FailureReportedOnType()
    {
        var run = RunWithFailureIn("Lab.Broken");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("SESS016", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(
            "SessionToolkit could not generate code for 'Lab.Broken': InvalidOperationException: parser failure injected by a test",
            diagnostic.GetMessage()
        );
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("Input.cs", span.Path);
        Assert.Equal(5, span.StartLinePosition.Line);
        Assert.Equal(21, span.StartLinePosition.Character);
    }

    [Fact]
    public void OtherTypesStillGenerated()
    {
        var run = RunWithFailureIn("Lab.Broken");

        Assert.Equal(["Lab.Healthy.g.cs"], run.GeneratedSources.Select(s => s.HintName));
    }

    private static GeneratorRun RunWithFailureIn(string typeName)
    {
        SessionStateGenerator.FailingTypeForTests = typeName;
        try
        {
            return GeneratorHarness.Run([new SessionStateGenerator()], ("Input.cs", Source));
        }
        finally
        {
            SessionStateGenerator.FailingTypeForTests = null;
        }
    }
}
