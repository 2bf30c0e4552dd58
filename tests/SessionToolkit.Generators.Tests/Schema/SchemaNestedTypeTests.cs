using System.Linq;
using SessionToolkit.Generators.Tests.Infrastructure;
using Xunit;
using static SessionToolkit.Generators.Tests.Infrastructure.SchemaHarness;

namespace SessionToolkit.Generators.Tests.Schema;

/// <summary>The schema rules on data types, enums and derived types reached from a state.</summary>
public class SchemaNestedTypeTests
{
    private const string Plan = """
        using System.Collections.Generic;
        using SessionToolkit;

        namespace Lab;

        public enum Outcome { Pass, Fail, Skip }

        [SessionData]
        [SessionDerivedType(typeof(Download), "download")]
        [SessionDerivedType(typeof(Script), "script")]
        public abstract partial class Step
        {
            public string Name { get; set; } = "";
        }

        [SessionData]
        public partial class Download : Step
        {
            public string Url { get; set; } = "";
        }

        [SessionData]
        public partial class Script : Step
        {
            public string Command { get; set; } = "";
        }

        [SessionData]
        public partial class Result
        {
            public Outcome Outcome { get; set; }
            public string? Note { get; set; }
        }

        [SessionState(Version = 1)]
        public partial class Plan
        {
            public List<Step> Steps { get; set; } = [];
            public Dictionary<string, Result> Results { get; set; } = [];
        }
        """;

    private static readonly string Schema = Record(Plan);

    private static string Bumped(string source) => source.Replace("Version = 1", "Version = 2");

    [Fact]
    public void RecordedPlanIsQuiet()
    {
        Assert.Equal("", Analyze(Plan, Schema).Places());
    }

    [Fact]
    public void RenamedDataTypeIsQuiet()
    {
        var source = Plan.Replace("class Result", "class Verdict")
            .Replace("Dictionary<string, Result>", "Dictionary<string, Verdict>");

        Assert.Equal("", Analyze(source, Schema).Places());
    }

    [Fact]
    public void NestedRemovalNamesPath()
    {
        var source = Bumped(Plan).Replace("    public string? Note { get; set; }\n", "");

        var diagnostics = Analyze(source, Schema);

        Assert.Equal(
            $"SESS019 State.cs({Position(source, "Plan\n")})\nSESS021 State.cs({Position(source, "Plan\n")})",
            diagnostics.Places()
        );
        Assert.StartsWith("Member 'Results{}.Note' of state type 'Plan' is in version 1", diagnostics[1].GetMessage());
    }

    [Fact]
    public void NestedTypeChangeOnDataMember()
    {
        var source = Plan.Replace("public string? Note", "public int? Note");

        var diagnostic = Assert.Single(Analyze(source, Schema));

        Assert.Equal($"SESS023 State.cs({Position(source, "int? Note")})", new[] { diagnostic }.Places());
        Assert.StartsWith(
            "Member 'Results{}.Note' of state type 'Plan' changed from string? to int32?",
            diagnostic.GetMessage()
        );
    }

    [Fact]
    public void RemovedEnumValueOnMember()
    {
        var source = Bumped(Plan).Replace("Pass, Fail, Skip", "Pass, Fail");

        var diagnostics = Analyze(source, Schema);

        var change = diagnostics.Single(d => d.Id == "SESS023");
        Assert.Equal($"SESS023 State.cs({Position(source, "Outcome Outcome")})", new[] { change }.Places());
        Assert.Contains("(enum value(s) 'Skip' no longer exist)", change.GetMessage());
    }

    [Fact]
    public void AddedEnumValueNeedsBump()
    {
        var source = Plan.Replace("Pass, Fail, Skip", "Pass, Fail, Skip, Retry");

        var unbumped = Assert.Single(Analyze(source, Schema));

        Assert.Equal($"SESS020 State.cs({Position(source, "Version = 1")})", new[] { unbumped }.Places());
        Assert.Contains(": 'Results{}.Outcome': enum value(s) 'Retry' added. Bump Version", unbumped.GetMessage());
        Assert.Equal("SESS019", string.Join(",", Analyze(Bumped(source), Schema).Select(d => d.Id)));
    }

    [Fact]
    public void RemovedDerivedTypeOnVersion()
    {
        var source = Bumped(Plan).Replace("[SessionDerivedType(typeof(Script), \"script\")]\n", "");

        var diagnostics = Analyze(source, Schema);

        Assert.Equal(
            $"SESS024 State.cs({Position(source, "Version = 2")})\nSESS019 State.cs({Position(source, "Plan\n")})",
            diagnostics.Places()
        );
        Assert.Contains("(derived type 'script' of 'Steps[]' was removed)", diagnostics[0].GetMessage());
    }

    [Fact]
    public void AddedDerivedTypeWithBumpIsQuiet()
    {
        var source = Bumped(Plan)
            .Replace(
                "public abstract partial class Step",
                "[SessionDerivedType(typeof(Copy), \"copy\")]\npublic abstract partial class Step"
            )
            .Replace(
                "[SessionData]\npublic partial class Result",
                "[SessionData]\npublic partial class Copy : Step { }\n\n[SessionData]\npublic partial class Result"
            );

        Assert.Equal("SESS019", string.Join(",", Analyze(source, Schema).Select(d => d.Id)));
        Assert.Equal("", Analyze(source, Record(source, Schema)).Places());
    }

    [Fact]
    public void DataTypeInOtherFileIsPlaced()
    {
        var state =
            Plan[..Plan.IndexOf("[SessionData]\npublic partial class Result", System.StringComparison.Ordinal)]
            + "[SessionState(Version = 1)]\npublic partial class Plan\n{\n    public List<Step> Steps { get; set; } = [];\n"
            + "    public Dictionary<string, Result> Results { get; set; } = [];\n}\n";
        const string Result = """
            namespace Lab;

            [SessionToolkit.SessionData]
            public partial class Result
            {
                public Outcome Outcome { get; set; }
                public int Note { get; set; }
            }
            """;

        var diagnostics = Analyze([(SourcePath, state), ("/project/Result.cs", Result)], Schema, update: false);

        Assert.Equal($"SESS023 Result.cs({Position(Result, "int Note")})", diagnostics.Places());
    }
}
