using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using SessionToolkit.Generators.Analyzers;
using SessionToolkit.Generators.Tests.Infrastructure;
using Xunit;

namespace SessionToolkit.Generators.Tests.Analyzers;

public class DescriptorCatalogTests
{
    private static readonly DiagnosticDescriptor[] Descriptors = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToArray();

    /// <summary>The id of every descriptor in the catalogue.</summary>
    public static TheoryData<string> Ids => new(Descriptors.Select(d => d.Id));

    private static string GeneratorFile(string name) =>
        File.ReadAllText(Path.Combine(Sources.RepositoryRoot, "generators", "SessionToolkit.Generators", name));

    [Fact]
    public void IdsAreConsecutive()
    {
        var expected = Enumerable.Range(1, Descriptors.Length).Select(i => $"SESS{i:000}");

        Assert.Equal(expected, Descriptors.Select(d => d.Id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void RuleIsDocumentedAndTracked(string id)
    {
        var descriptor = Descriptors.Single(d => d.Id == id);
        var page = Path.Combine(Sources.RepositoryRoot, "docs", "diagnostics", id + ".md");
        var tracked = (GeneratorFile("AnalyzerReleases.Shipped.md") + GeneratorFile("AnalyzerReleases.Unshipped.md"))
            .Split('\n')
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length >= 3 && cells[0] == id)
            .ToArray();
        var supported = GeneratorHarness
            .Analyzers()
            .Append(new SessionSchemaAnalyzer())
            .SelectMany(a => a.SupportedDiagnostics)
            .Select(d => d.Id);

        Assert.Equal(DiagnosticDescriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        var index = Path.Combine(Sources.RepositoryRoot, "docs", "diagnostics", "README.md");
        Assert.True(File.Exists(page), $"{page} is missing");
        Assert.Contains(
            $"| [{id}]({id}.md) | {descriptor.DefaultSeverity} | {descriptor.Title} |",
            File.ReadAllText(index)
        );
        Assert.StartsWith($"# {id}: {descriptor.Title}\n", File.ReadAllText(page).Replace("\r\n", "\n"));
        Assert.Contains($"Severity: {descriptor.DefaultSeverity}.", File.ReadAllText(page));
        var entry = Assert.Single(tracked);
        Assert.Equal(descriptor.Category, entry[1]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), entry[2]);
        Assert.Contains(id, supported);
    }

    // The schema rules, which only SessionSchemaAnalyzer reports, with the severity each is documented with.
    [Theory]
    [InlineData("SESS019", DiagnosticSeverity.Info)]
    [InlineData("SESS020", DiagnosticSeverity.Error)]
    [InlineData("SESS021", DiagnosticSeverity.Error)]
    [InlineData("SESS022", DiagnosticSeverity.Error)]
    [InlineData("SESS023", DiagnosticSeverity.Error)]
    [InlineData("SESS024", DiagnosticSeverity.Error)]
    [InlineData("SESS025", DiagnosticSeverity.Error)]
    [InlineData("SESS026", DiagnosticSeverity.Warning)]
    public void SchemaRuleIsReportedBySchemaAnalyzer(string id, DiagnosticSeverity severity)
    {
        var descriptor = Assert.Single(new SessionSchemaAnalyzer().SupportedDiagnostics, d => d.Id == id);

        Assert.Equal(severity, descriptor.DefaultSeverity);
        Assert.DoesNotContain(
            id,
            GeneratorHarness.Analyzers().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id)
        );
    }
}
