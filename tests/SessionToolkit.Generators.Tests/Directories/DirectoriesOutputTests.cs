using System.Linq;
using SessionToolkit.Generators.Tests.Infrastructure;
using Xunit;

namespace SessionToolkit.Generators.Tests.Directories;

public class DirectoriesOutputTests
{
    private const string Sample = """
        using SessionToolkit;

        namespace Lab.Desk
        {
            public static partial class Holder<T>
            {
                [WellKnownDirectories]
                public partial class RunDirs
                {
                    [WellKnownDirectory("logs")] public partial string Logs { get; }
                    [WellKnownDirectory("io-logs/raw")] internal partial string RawIoLogs { get; }
                }
            }
        }
        """;

    private const string Panel = """
        using SessionToolkit;

        namespace Lab.Desk;

        [WellKnownDirectories]
        public partial class PanelDirs
        {
            [WellKnownDirectory("layouts")] public partial string Layouts { get; }
        }
        """;

    private const string Global = """
        using SessionToolkit;

        [WellKnownDirectories]
        public partial class DeskDirs
        {
            [WellKnownDirectory("tabs")] public partial string Tabs { get; }
        }
        """;

    private const string Keywords = """
        using SessionToolkit;

        namespace Lab.@checked;

        [WellKnownDirectories]
        public partial class @namespace
        {
            [WellKnownDirectory("out")] public partial string @out { get; }
        }
        """;

    [Fact]
    public void NestedGenericContainer()
    {
        var run = DirectoriesRun.Run(Sample);

        Assert.Empty(run.Errors());
        Snapshot.Verify("Directories.Nested", run.Source("Lab.Desk.Holder-1.RunDirs.WellKnownDirectories.g.cs"));
    }

    [Fact]
    public void FileScopedNamespace()
    {
        var run = DirectoriesRun.Run(Panel);

        Assert.Empty(run.Errors());
        Snapshot.Verify("Directories.FileScoped", run.Source("Lab.Desk.PanelDirs.WellKnownDirectories.g.cs"));
    }

    [Fact]
    public void GlobalNamespace()
    {
        var run = DirectoriesRun.Run(Global);
        var source = run.Source("DeskDirs.WellKnownDirectories.g.cs");

        Assert.Empty(run.Errors());
        Assert.DoesNotContain("namespace", source);
        Snapshot.Verify("Directories.Global", source);
    }

    [Fact]
    public void KeywordIdentifiers()
    {
        var run = DirectoriesRun.Run(Keywords);

        Assert.Empty(run.Errors());
        Snapshot.Verify("Directories.Keywords", run.Source("Lab.checked.namespace.WellKnownDirectories.g.cs"));
    }

    [Fact]
    public void HintNamesAreClean()
    {
        var run = DirectoriesRun.Run(("A.cs", Sample), ("B.cs", Panel), ("C.cs", Global), ("D.cs", Keywords));

        foreach (var hint in run.GeneratedSources.Select(s => s.HintName))
        {
            Assert.True(hint.IndexOfAny(['<', '>', ',', '@', ' ']) < 0, hint);
        }

        Assert.Equal(4, run.GeneratedSources.Length);
    }

    [Fact]
    public void SplitAcrossFiles()
    {
        var partA = """
            using SessionToolkit;

            namespace Lab;

            [WellKnownDirectories]
            public partial class ScanDirs
            {
                [WellKnownDirectory("raw")] public partial string Raw { get; }
            }
            """;
        var partB = """
            namespace Lab;

            public partial class ScanDirs
            {
                [SessionToolkit.WellKnownDirectory("index")] public partial string Index { get; }
            }
            """;

        var forward = DirectoriesRun.Run(("ScanDirs.A.cs", partA), ("ScanDirs.B.cs", partB));
        var backward = DirectoriesRun.Run(("ScanDirs.B.cs", partB), ("ScanDirs.A.cs", partA));

        Assert.Empty(forward.Errors());
        Assert.Single(forward.GeneratedSources);
        var source = forward.Source("Lab.ScanDirs.WellKnownDirectories.g.cs");
        Assert.Contains("this.Storage.EnsureDirectory(\"index\");", source);
        Assert.Contains("this.Storage.EnsureDirectory(\"raw\");", source);
        Assert.Equal(source, backward.Source("Lab.ScanDirs.WellKnownDirectories.g.cs"));
    }

    [Fact]
    public void RepeatedAttributeOneOutput()
    {
        var partA = """
            using SessionToolkit;
            namespace Lab;
            [WellKnownDirectories]
            public partial class ScanDirs { [WellKnownDirectory("raw")] public partial string Raw { get; } }
            """;
        var partB = """
            using SessionToolkit;
            namespace Lab;
            [WellKnownDirectories]
            public partial class ScanDirs { }
            """;

        var run = DirectoriesRun.Run(("A.cs", partA), ("B.cs", partB));

        Assert.Single(run.GeneratedSources);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(["CS0579"], run.Errors().Select(d => d.Id).ToArray());
    }

    [Fact]
    public void OverloadCompiles()
    {
        var source = """
            using SessionToolkit;

            namespace Lab
            {
                namespace System { public class Text { } }

                public class Utf8JsonWriter { }

                [WellKnownDirectories]
                public partial class ProbeDirs
                {
                    [WellKnownDirectory("logs")] public partial string Logs { get; }

                    public int Populate(string only) => only.Length;
                    public int Populate<T>() => 0;
                    public ProbeDirs(string storage) : this(new SessionStorage(storage)) { }
                }
            }
            """;

        var run = DirectoriesRun.Run(source);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.Errors());
        Assert.Single(run.GeneratedSources);
    }
}
