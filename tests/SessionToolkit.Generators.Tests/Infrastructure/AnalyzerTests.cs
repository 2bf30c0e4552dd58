using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace SessionToolkit.Generators.Tests.Infrastructure;

/// <summary>
/// Settings shared by the analyzer and code fix tests: the net10.0 reference assemblies from
/// Basic.Reference.Assemblies (so nothing is downloaded), the runtime assembly, the newest language version and
/// nullable on, as a user of the SDK gets.
/// </summary>
internal static class TestSettings
{
    public static void Apply(SolutionState state)
    {
        state.AdditionalReferences.AddRange(GeneratorHarness.References);
    }

    // A ReferenceAssemblies without a package resolves to nothing, so only the references above are used.
    public static readonly ReferenceAssemblies NoPackages = new("net10.0");

    public static ParseOptions Parse(ParseOptions options) =>
        ((CSharpParseOptions)options).WithLanguageVersion(LanguageVersion.Preview);

    public static CompilationOptions Compile(CompilationOptions options) =>
        ((CSharpCompilationOptions)options).WithNullableContextOptions(NullableContextOptions.Enable);
}

/// <summary>An analyzer test over a net10.0 library that references the SessionToolkit runtime.</summary>
public sealed class SessionAnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>Creates the test with the shared references and options.</summary>
    public SessionAnalyzerTest()
    {
        ReferenceAssemblies = TestSettings.NoPackages;
        TestSettings.Apply(TestState);
    }

    /// <summary>Runs <typeparamref name="TAnalyzer"/> on <paramref name="source"/> and expects exactly <paramref name="expected"/>.</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new SessionAnalyzerTest<TAnalyzer> { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(Xunit.TestContext.Current.CancellationToken);
    }

    /// <summary>Expects a diagnostic of <paramref name="descriptor"/>; place it with <c>WithLocation</c>.</summary>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    /// <inheritdoc />
    protected override ParseOptions CreateParseOptions() => TestSettings.Parse(base.CreateParseOptions());

    /// <inheritdoc />
    protected override CompilationOptions CreateCompilationOptions() =>
        TestSettings.Compile(base.CreateCompilationOptions());
}

/// <summary>A code fix test with the same references and options as <see cref="SessionAnalyzerTest{TAnalyzer}"/>.</summary>
public sealed class SessionCodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>Creates the test with the shared references and options.</summary>
    public SessionCodeFixTest()
    {
        ReferenceAssemblies = TestSettings.NoPackages;
        TestSettings.Apply(TestState);
    }

    /// <inheritdoc />
    protected override ParseOptions CreateParseOptions() => TestSettings.Parse(base.CreateParseOptions());

    /// <inheritdoc />
    protected override CompilationOptions CreateCompilationOptions() =>
        TestSettings.Compile(base.CreateCompilationOptions());
}
