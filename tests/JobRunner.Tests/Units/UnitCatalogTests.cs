using System.Linq;
using JobRunner.Units;
using Xunit;

namespace JobRunner.Tests.Units;

public class UnitCatalogTests
{
    private static UnitCatalog Parse(params (string File, string Text)[] sources) =>
        UnitCatalog.Parse(sources, "com.example");

    [Fact]
    public void BareIdsGetNamespace()
    {
        var catalog = Parse(("a.pxu", "id: job-1\nplugin: shell\ncommand: true\n"));

        Assert.Equal("com.example::job-1", catalog.Units[0].Id);
    }

    [Fact]
    public void QualifiedIdsAreKept()
    {
        var catalog = Parse(("a.pxu", "id: org.other::job-1\n"));

        Assert.Equal("org.other::job-1", catalog.Units[0].Id);
    }

    [Fact]
    public void DependsAreQualified()
    {
        var catalog = Parse(("a.pxu", "id: b\ndepends:\n a\n org.other::c, d\nafter: e\n"));

        Assert.Equal(["com.example::a", "org.other::c", "com.example::d"], catalog.Units[0].Depends);
        Assert.Equal(["com.example::e"], catalog.Units[0].After);
    }

    [Fact]
    public void DefaultNamespaceIsCertification()
    {
        var catalog = UnitCatalog.Parse([("a.pxu", "id: job-1\n")]);

        Assert.Equal("com.canonical.certification::job-1", catalog.Units[0].Id);
    }

    [Fact]
    public void KnownKeysAreParsed()
    {
        var text = """
            id: job-1
            plugin: shell
            command: echo hi
            requires: package.name == 'x'
            user: root
            environ: SNAP LD_LIBRARY_PATH
            estimated_duration: 1.5
            _summary: Say hi
            _purpose: Check greeting
            flags: simple
            """;
        var unit = Parse(("a.pxu", text)).Units[0];

        Assert.Equal("job", unit.Kind);
        Assert.Equal("shell", unit.Plugin);
        Assert.Equal("echo hi", unit.Command);
        Assert.Equal("package.name == 'x'", unit.Requires);
        Assert.Equal("root", unit.User);
        Assert.Equal(["SNAP", "LD_LIBRARY_PATH"], unit.Environ);
        Assert.Equal(1.5, unit.EstimatedDuration);
        Assert.Equal("Say hi", unit.Summary);
        Assert.Equal("Check greeting", unit.Purpose);
        Assert.Equal("simple", unit.Fields["flags"].Value);
        Assert.Equal(10, unit.Fields["flags"].Line);
    }

    [Fact]
    public void UnitKeySetsKind()
    {
        var unit = Parse(("a.pxu", "unit: template\nid: t_{name}\n")).Units[0];

        Assert.True(unit.IsTemplate);
        Assert.False(unit.IsJob);
    }

    [Fact]
    public void MissingIdIsRejected()
    {
        var error = Assert.Throws<UnitFileException>(() =>
            Parse(("a.pxu", "id: first\n\n# no id below\nplugin: shell\ncommand: true\n"))
        );

        Assert.Equal("a.pxu", error.File);
        Assert.Equal(4, error.Line);
        Assert.Equal("record has no 'id' key (every unit needs one)", error.Problem);
    }

    [Fact]
    public void DuplicateIdInOneFile()
    {
        var error = Assert.Throws<UnitFileException>(() => Parse(("a.pxu", "id: x\n\nplugin: shell\nid: x\n")));

        Assert.Equal(4, error.Line);
        Assert.Equal("duplicate id 'com.example::x' (first defined at a.pxu:1)", error.Problem);
    }

    [Fact]
    public void DuplicateIdAcrossFiles()
    {
        var error = Assert.Throws<UnitFileException>(() =>
            Parse(("a.pxu", "id: x\n"), ("b.pxu", "id: y\n\nid: com.example::x\n"))
        );

        Assert.Equal("b.pxu", error.File);
        Assert.Equal(3, error.Line);
        Assert.Equal("duplicate id 'com.example::x' (first defined at a.pxu:1)", error.Problem);
    }

    [Fact]
    public void InvalidEstimatedDuration()
    {
        var error = Assert.Throws<UnitFileException>(() => Parse(("a.pxu", "id: x\nestimated_duration: soon\n")));

        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void OrderFollowsFiles()
    {
        var catalog = Parse(("a.pxu", "id: a1\n\nid: a2\n"), ("b.pxu", "id: b1\n"));

        Assert.Equal([0, 1, 2], catalog.Units.Select(unit => unit.Order));
        Assert.Equal("b.pxu", catalog.Units[2].File);
    }
}
