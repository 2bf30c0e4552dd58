using System.Linq;
using SessionToolkit.Generators.Tests.Infrastructure;
using Xunit;
using static SessionToolkit.Generators.Tests.Infrastructure.SchemaHarness;
using static SessionToolkit.Generators.Tests.Schema.SchemaHistories;

namespace SessionToolkit.Generators.Tests.Schema;

/// <summary>
/// The schema rules on the installer history: each fires at its place on a breaking change and stays quiet on a
/// compatible one.
/// </summary>
public class SchemaAnalyzerTests
{
    private static readonly string Schema1 = Record(Version1);
    private static readonly string Schema2 = Record(Version2, Schema1);
    private static readonly string Schema3 = Record(Version3, Schema2);

    [Fact]
    public void RecordedHistoryIsQuiet()
    {
        Assert.Equal("", Analyze(Version1, Schema1).Places());
        Assert.Equal("", Analyze(Version2, Schema2).Places());
        Assert.Equal("", Analyze(Version3, Schema3).Places());
    }

    [Fact]
    public void MissingFileIsInfoOnType()
    {
        var diagnostic = Assert.Single(Analyze(Version1, null));

        Assert.Equal($"SESS019 State.cs({Position(Version1, "Install\n")})", new[] { diagnostic }.Places());
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal(
            "State type 'Install' has no recorded schema, because the project has no schema file (SessionSchema.json); "
                + "record it with the code fix or 'dotnet build -p:UpdateSessionSchema=true', and commit the schema file",
            diagnostic.GetMessage()
        );
    }

    [Fact]
    public void CompatibleChangeIsQuiet()
    {
        var source = Version1
            .Replace("Version = 1", "Version = 2")
            .Replace(
                "    public bool Verbose",
                "    [Persist(Since = 2)] public string? Mirror { get; set; }\n    public bool Verbose"
            );

        var pending = Analyze(source, Schema1);
        var recorded = Analyze(source, Record(source, Schema1));

        Assert.Equal($"SESS019 State.cs({Position(source, "Install\n")})", pending.Places());
        Assert.Equal(
            "Version 2 of state type 'Install' is not recorded in the schema file; record it with the code fix or "
                + "'dotnet build -p:UpdateSessionSchema=true', and commit the schema file",
            Assert.Single(pending).GetMessage()
        );
        Assert.Equal("", recorded.Places());
    }

    [Fact]
    public void RenamedTypeLeavesEntryBehind()
    {
        var renamed = Version1.Replace("class Install", "class Setup");

        var diagnostics = Analyze(renamed, Schema1);

        Assert.Equal(
            $"SESS026 SessionSchema.json({Position(Schema1, "\"Lab.Install\": {")})\n"
                + $"SESS019 State.cs({Position(renamed, "Setup\n")})",
            diagnostics.Places()
        );
        Assert.Equal(
            "The schema file records state type 'Lab.Install' (type id 'Lab.Install'), which is not in the project, "
                + "so its checkpoints can no longer be resumed; if the type was renamed, give it "
                + "[SessionState(TypeId = \"Lab.Install\")], and if it was removed on purpose, delete its entry from the file",
            diagnostics[0].GetMessage()
        );
        Assert.Equal(
            "The schema file has no entry for state type 'Setup' (type id 'Lab.Setup'); record it with the code fix or "
                + "'dotnet build -p:UpdateSessionSchema=true', and commit the schema file",
            diagnostics[1].GetMessage()
        );
    }

    [Fact]
    public void KeptTypeIdAfterRenameIsQuiet()
    {
        var renamed = Version1
            .Replace("class Install", "class Setup")
            .Replace("Version = 1,", "Version = 1, TypeId = \"Lab.Install\",");

        Assert.Equal("", Analyze(renamed, Schema1).Places());
    }

    [Fact]
    public void AddedMemberWithoutBumpOnVersion()
    {
        var source = Version1.Replace(
            "    public bool Verbose",
            "    public int Retries { get; set; }\n    public bool Verbose"
        );

        var diagnostic = Assert.Single(Analyze(source, Schema1));

        Assert.Equal($"SESS020 State.cs({Position(source, "Version = 1")})", new[] { diagnostic }.Places());
        Assert.Equal(
            "State type 'Install' does not match version 1 in the schema file: 'retries' was added. Bump Version, "
                + "with a migration where old checkpoints need one, or record the shape again if version 1 was never "
                + "released",
            diagnostic.GetMessage()
        );
    }

    [Fact]
    public void ManyChangesListFiveAndCount()
    {
        var added = string.Concat(Enumerable.Range(1, 7).Select(i => $"    public int Extra{i} {{ get; set; }}\n"));
        var source = Version1.Replace("    public bool Verbose", added + "    public bool Verbose");

        var diagnostic = Assert.Single(Analyze(source, Schema1));

        Assert.Contains(
            ": 'extra1' was added, 'extra2' was added, 'extra3' was added, 'extra4' was added, 'extra5' was added, "
                + "2 more. Bump Version",
            diagnostic.GetMessage()
        );
    }

    [Fact]
    public void WideningWithoutBumpOnVersion()
    {
        var source = Version1.Replace("public int Timeout", "public long Timeout");

        var diagnostic = Assert.Single(Analyze(source, Schema1));

        Assert.Equal($"SESS020 State.cs({Position(source, "Version = 1")})", new[] { diagnostic }.Places());
        Assert.Contains(": 'timeout' changed from int32 to int64. Bump Version", diagnostic.GetMessage());
    }

    [Fact]
    public void WideningWithBumpIsQuiet()
    {
        var source = Version1
            .Replace("public int Timeout", "public long Timeout")
            .Replace("Version = 1", "Version = 2");

        Assert.Equal("SESS019", string.Join(",", Analyze(source, Schema1).Select(d => d.Id)));
        Assert.Equal("", Analyze(source, Record(source, Schema1)).Places());
    }

    [Fact]
    public void LoweredVersionOnVersion()
    {
        // The code went back to version 1, which the file records as it is, but the file also has version 2.
        var lowered = Assert.Single(Analyze(Version1, Schema2));

        Assert.Equal($"SESS020 State.cs({Position(Version1, "Version = 1")})", new[] { lowered }.Places());
        Assert.Equal(
            "State type 'Install' does not match version 1 in the schema file: the file already records version 2, "
                + "and checkpoints of a higher version than the code's are rejected as newer. Restore Version = 2 or "
                + "above, or record the shape again to drop the newer versions if they were never released",
            lowered.GetMessage()
        );
    }

    [Fact]
    public void RenameWithoutMigrationOnType()
    {
        var source = Version2.Replace(RenameMigration, "");

        var diagnostics = Analyze(source, Schema1);

        Assert.Equal(
            $"SESS019 State.cs({Position(source, "Install\n")})\nSESS021 State.cs({Position(source, "Install\n")})",
            diagnostics.Places()
        );
        Assert.Equal(
            "Member 'title' of state type 'Install' is in version 1 but not in version 2 (removed or renamed), and no "
                + "migration upgrades version 1, so checkpoints of version 1 would lose its value; add a "
                + "[SessionMigration(FromVersion = 1)] method that moves or removes it",
            diagnostics.Single(d => d.Id == "SESS021").GetMessage()
        );
    }

    [Fact]
    public void DeletedOldMigrationOnType()
    {
        var source = Version3.Replace(RenameMigration, "");

        var diagnostics = Analyze(source, Schema3);

        Assert.Equal($"SESS021 State.cs({Position(source, "Install\n")})", diagnostics.Places());
        Assert.Contains(
            "Member 'title' of state type 'Install' is in version 1 but not in version 2",
            diagnostics[0].GetMessage()
        );
    }

    [Fact]
    public void DeletedMigrationOfRemovalAndTypeChange()
    {
        var source = Version3.Replace(ConvertMigration, "");

        var diagnostics = Analyze(source, Schema3);

        Assert.Equal(
            $"SESS021 State.cs({Position(source, "Install\n")})\nSESS023 State.cs({Position(source, "TimeSpan Timeout")})",
            diagnostics.Places()
        );
        Assert.Contains(
            "Member 'verbose' of state type 'Install' is in version 2 but not in version 3",
            diagnostics[0].GetMessage()
        );
        Assert.Equal(
            "Member 'timeout' of state type 'Install' changed from int32 to timespan, which checkpoints of version 2 "
                + "cannot be read with (values written as int32 cannot be read as timespan); add a "
                + "[SessionMigration(FromVersion = 2)] method that converts the value",
            diagnostics[1].GetMessage()
        );
    }

    [Fact]
    public void TypeChangeWithoutBumpOnMemberType()
    {
        var source = Version3.Replace("List<string> DoneSteps", "List<int> DoneSteps");

        var diagnostic = Assert.Single(Analyze(source, Schema3));

        Assert.Equal($"SESS023 State.cs({Position(source, "List<int>")})", new[] { diagnostic }.Places());
        Assert.Equal(
            "Member 'done_steps[]' of state type 'Install' changed from string to int32, which checkpoints of version 3 "
                + "cannot be read with (values written as string cannot be read as int32); bump Version and add a "
                + "[SessionMigration(FromVersion = 3)] method that converts the value, or record the shape again if "
                + "version 3 was never released",
            diagnostic.GetMessage()
        );
    }

    [Fact]
    public void NullableTightenedOnMemberType()
    {
        var source = Version3.Replace("public string? Mirror", "public string Mirror");

        var diagnostic = Assert.Single(Analyze(source, Schema3));

        Assert.Equal($"SESS023 State.cs({Position(source, "string Mirror")})", new[] { diagnostic }.Places());
        Assert.Contains("changed from string? to string", diagnostic.GetMessage());
        Assert.Contains("(null, which the old shape allows, is rejected)", diagnostic.GetMessage());
    }

    [Fact]
    public void RetiredNameReusedOnMember()
    {
        var source = Version3
            .Replace("Version = 3", "Version = 4")
            .Replace(
                "    public string? Mirror",
                "    public string? Mirror { get; set; }\n    [Persist(Since = 4)] public string? Verbose"
            );

        var diagnostics = Analyze(source, Schema3);

        Assert.Equal(
            $"SESS019 State.cs({Position(source, "Install\n")})\nSESS022 State.cs({Position(source, "Verbose")})",
            diagnostics.Places()
        );
        Assert.Equal(
            "Member 'Verbose' is persisted as 'verbose', a name that version 3 of state type 'Install' retired; older "
                + "checkpoints may hold the retired value under that name, so choose another name with "
                + "[Persist(Name = \"...\")]",
            diagnostics[1].GetMessage()
        );
    }

    [Fact]
    public void NewNameInsteadOfRetiredIsQuiet()
    {
        var source = Version3
            .Replace("Version = 3", "Version = 4")
            .Replace(
                "    public string? Mirror",
                "    public string? Mirror { get; set; }\n    [Persist(Name = \"log_level\", Since = 4)] public string? Verbose"
            );

        Assert.Equal("", Analyze(source, Record(source, Schema3)).Places());
    }

    [Fact]
    public void RequiredMemberWithoutSinceOnVersion()
    {
        var source = Version1
            .Replace("Version = 1", "Version = 2")
            .Replace(
                "    public bool Verbose",
                "    public required string Owner { get; init; }\n    public bool Verbose"
            );

        var diagnostics = Analyze(source, Schema1);

        Assert.Equal(
            $"SESS024 State.cs({Position(source, "Version = 2")})\nSESS019 State.cs({Position(source, "Install\n")})",
            diagnostics.Places()
        );
        Assert.Equal(
            "Version 2 of state type 'Install' changes the persisted shape in ways checkpoints of version 1 cannot be "
                + "read with (required member 'owner' was added without Since = 2), and no migration upgrades version "
                + "1; add a [SessionMigration(FromVersion = 1)] method",
            diagnostics[0].GetMessage()
        );
    }

    [Fact]
    public void RequiredMemberWithSinceIsQuiet()
    {
        var source = Version1
            .Replace("Version = 1", "Version = 2")
            .Replace(
                "    public bool Verbose",
                "    [Persist(Since = 2)] public required string Owner { get; init; }\n    public bool Verbose"
            );

        Assert.Equal("", Analyze(source, Record(source, Schema1)).Places());
    }

    [Fact]
    public void UpdateBuildChecksOnlyTheFile()
    {
        var breaking = Version3.Replace(RenameMigration, "").Replace("List<string> DoneSteps", "List<int> DoneSteps");

        Assert.Equal("", Analyze(breaking, Schema3, update: true).Places());
        Assert.Equal("SESS025 SessionSchema.json(1,1)", Analyze(breaking, "[]", update: true).Places());
    }
}
