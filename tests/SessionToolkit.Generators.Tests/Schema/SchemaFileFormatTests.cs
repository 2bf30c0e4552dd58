using System.Linq;
using SessionToolkit.Generators.Schema;
using SessionToolkit.Generators.Tests.Infrastructure;
using Xunit;
using static SessionToolkit.Generators.Tests.Infrastructure.SchemaHarness;
using static SessionToolkit.Generators.Tests.Schema.SchemaHistories;

namespace SessionToolkit.Generators.Tests.Schema;

/// <summary>The canonical text of the schema file, recording on top of a history, and reading the file back.</summary>
public class SchemaFileFormatTests
{
    private const string Version1Block = """
                "1": {
                  "members": {
                    "done_steps": { "type": "array<string>" },
                    "timeout": { "type": "int32" },
                    "title": { "type": "string" },
                    "verbose": { "type": "bool" }
                  }
                }
        """;

    private const string History = """
        {
          "formatVersion": 1,
          "states": {
            "Lab.Install": {
              "type": "Lab.Install",
              "versions": {
                "1": {
                  "members": {
                    "done_steps": { "type": "array<string>" },
                    "timeout": { "type": "int32" },
                    "title": { "type": "string" },
                    "verbose": { "type": "bool" }
                  }
                },
                "2": {
                  "members": {
                    "done_steps": { "type": "array<string>" },
                    "package": { "type": "string" },
                    "timeout": { "type": "int32" },
                    "verbose": { "type": "bool" }
                  },
                  "retired": ["title"]
                },
                "3": {
                  "members": {
                    "done_steps": { "type": "array<string>" },
                    "mirror": { "type": "string?", "since": 3 },
                    "package": { "type": "string" },
                    "timeout": { "type": "timespan" }
                  },
                  "retired": ["title", "verbose"]
                }
              }
            }
          }
        }

        """;

    private static readonly string Schema1 = Record(Version1);
    private static readonly string Schema2 = Record(Version2, Schema1);
    private static readonly string Schema3 = Record(Version3, Schema2);

    [Fact]
    public void HistoryIsCanonicalText()
    {
        Assert.Equal(History, Schema3);
    }

    [Fact]
    public void RecordingKeepsOlderVersionsAsTheyWere()
    {
        Assert.Contains(Version1Block, Schema1);
        Assert.Contains(Version1Block + ",\n", Schema2);
        Assert.Contains(Version1Block + ",\n", Schema3);
    }

    [Fact]
    public void RecordingAgainChangesNothing()
    {
        Assert.Equal(Schema3, Record(Version3, Schema3));
    }

    [Fact]
    public void RecordingLowerVersionDropsNewer()
    {
        Assert.Equal(Schema1, Record(Version1, Schema3));
    }

    [Fact]
    public void RecordingKeepsOtherStateTypes()
    {
        var other =
            "using SessionToolkit;\nnamespace Lab;\n[SessionState]\npublic partial class Counter { public int Value { get; set; } }\n";

        var both = Record(other, Schema1);

        Assert.Contains("    \"Lab.Counter\": {\n      \"type\": \"Lab.Counter\",", both);
        Assert.Contains("    \"Lab.Install\": {\n      \"type\": \"Lab.Install\",", both);
        Assert.True(both.IndexOf("Lab.Counter") < both.IndexOf("Lab.Install"), "states are sorted by type id");
    }

    [Fact]
    public void ReadThenWriteGivesSameText()
    {
        Assert.Equal(Schema3, SchemaFileWriter.Write(SchemaFileReader.Read(Schema3)));
    }

    [Fact]
    public void HandFormattedFileIsRead()
    {
        const string Compact = """
            {"states":{"Lab.Install":{"versions":{"1":{"members":{"verbose":{"type":"bool"},
            "title":{"type":"string"},"timeout":{"type":"int32"},"done_steps":{"type":"array<string>"}}}},
            "type":"Lab.Install"}},"formatVersion":1}
            """;

        Assert.Equal("", Analyze(Version1, Compact).Places());
        Assert.Equal(Schema1, SchemaFileWriter.Write(SchemaFileReader.Read(Compact)));
    }

    [Fact]
    public void ProjectWithoutStatesRecordsNothing()
    {
        Assert.Equal("", Record("namespace Lab;\npublic class Plain { }\n"));
    }

    [Fact]
    public void LastStateRemovedRecordsNoStates()
    {
        const string Empty = "{\n  \"formatVersion\": 1,\n  \"states\": {}\n}\n";

        Assert.Equal(Empty, Record("namespace Lab;\npublic class Plain { }\n", Empty));
    }

    [Fact]
    public void LineSeparatorsAreEscaped()
    {
        Assert.Equal("\"a\\\"b\\\\c\\u2028d\\u0085e\\u0001\"", SchemaFileWriter.Quote("a\"b\\c\u2028d\u0085e\u0001"));
        Assert.Equal(
            "a\"b\\c\u2028d\u0085e\u0001",
            ((JsonStringText)JsonTextParser.Parse("\"a\\\"b\\\\c\\u2028d\\u0085e\\u0001\"")).Value
        );
    }

    [Fact]
    public void LoneSurrogatesAreEscaped()
    {
        // The recorded file travels as UTF-8, which has no form for a lone surrogate: written raw, it would come
        // back as U+FFFD, another name.
        Assert.Equal("\"a\\ud800b\\udc00\U0001F600\"", SchemaFileWriter.Quote("a\uD800b\uDC00\U0001F600"));

        var recorded = Record(
            Version1.Replace("Version = 1", "Version = 2"),
            Wrap("").Replace("\"members\": {}", "\"members\": {}, \"retired\": [\"\\ud800\"]")
        );

        Assert.Contains("\"retired\": [\"\\ud800\"]", recorded);
    }

    [Fact]
    public void DataTypesEnumsAndDerivedTypes()
    {
        const string Source = """
            using System.Collections.Generic;
            using SessionToolkit;

            namespace Lab;

            public enum Outcome { Pass, Fail }

            [SessionData]
            [SessionDerivedType(typeof(Download), "download")]
            public abstract partial class Step { public string Name { get; set; } = ""; }

            [SessionData]
            public partial class Download : Step { public System.Uri? Url { get; set; } }

            [SessionState(Version = 2)]
            public partial class Plan
            {
                public List<Step> Steps { get; set; } = [];
                public Dictionary<Outcome, int[]> Counts { get; set; } = [];
                [Persist(Since = 2)] public required Outcome? Last { get; set; }
            }
            """;

        Assert.Equal(
            """
            {
              "formatVersion": 1,
              "states": {
                "Lab.Plan": {
                  "type": "Lab.Plan",
                  "versions": {
                    "2": {
                      "members": {
                        "Counts": { "type": "map<enum<Lab.Outcome>, array<int32>>" },
                        "Last": { "type": "enum<Lab.Outcome>?", "required": true, "since": 2 },
                        "Steps": { "type": "array<object<Lab.Step>>" }
                      },
                      "objects": {
                        "Lab.Download": {
                          "members": {
                            "Name": { "type": "string" },
                            "Url": { "type": "uri?" }
                          }
                        },
                        "Lab.Step": {
                          "members": {
                            "Name": { "type": "string" }
                          },
                          "derived": {
                            "download": "Lab.Download"
                          }
                        }
                      },
                      "enums": {
                        "Lab.Outcome": ["Fail", "Pass"]
                      }
                    }
                  }
                }
              }
            }

            """,
            Record(Source)
        );
    }

    // Each case: the file, the text at which the diagnostic starts, and the reason in its message.
    [Theory]
    [InlineData("{x}", "x}", "expected a member name in double quotes")]
    [InlineData("{\"formatVersion\": 1,} ", "}", "expected a member name in double quotes")]
    [InlineData("[]", "[]", "the schema file: expected an object, found an array")]
    [InlineData(
        """{"formatVersion": 2, "states": {}}""",
        "2,",
        "formatVersion 2 is newer than this SessionToolkit reads; update the SessionToolkit package (it reads 1)"
    )]
    [InlineData(
        """{"formatVersion": 1, "states": {}, "notes": 1}""",
        "\"notes\"",
        "the schema file: unknown member 'notes' (expected formatVersion, states)"
    )]
    [InlineData(
        """{"formatVersion": 1, "states": {"A": {"type": "A", "version": {}}}}""",
        "\"version\"",
        "state 'A': unknown member 'version' (expected type, versions)"
    )]
    [InlineData(
        """{"formatVersion": 1, "states": {"A": {"type": "A", "versions": {"01": {}}}}}""",
        "\"01\"",
        "state 'A': version key '01' is not a version number (1 or more, no leading zeros)"
    )]
    [InlineData(
        """{"formatVersion": 1, "states": {"A": {"type": "A", "versions": {"1": {"members": {"x": {"type": "list<int32>"}}}}}}}""",
        "\"list<int32>\"",
        "state 'A', version 1, member 'x': type 'list<int32>' is invalid: 'list' is not a known wire type"
    )]
    [InlineData(
        """{"formatVersion": 1, "states": {"A": {"type": "A", "versions": {}}, "A": {"type": "A", "versions": {}}}}""",
        "\"A\": {\"type\": \"A\", \"versions\": {}}}}",
        "states: key 'A' occurs twice"
    )]
    public void InvalidFileIsReportedAtPlace(string text, string anchor, string reason)
    {
        var diagnostic = Assert.Single(Analyze(Version1, text));

        Assert.Equal($"SESS025 SessionSchema.json({Position(text, anchor)})", new[] { diagnostic }.Places());
        Assert.Equal(
            $"The schema file 'SessionSchema.json' is invalid: {reason}; fix it by hand or restore it from version control",
            diagnostic.GetMessage()
        );
    }

    [Fact]
    public void DeeplyNestedTypeIsReported()
    {
        // Nested far past the limit: parsing it with recursion alone overflowed the stack of the compiler.
        var type = string.Concat(Enumerable.Repeat("array<", 100_000)) + "int32" + new string('>', 100_000);
        var text = Wrap($"\"title\": {{\"type\": \"{type}\"}}");

        var diagnostic = Assert.Single(Analyze(Version1, text));

        Assert.Equal($"SESS025 SessionSchema.json({Position(text, "\"array<")})", new[] { diagnostic }.Places());
        Assert.Equal(
            "The schema file 'SessionSchema.json' is invalid: state 'Lab.Install', version 1, member 'title': type '"
                + string.Concat(Enumerable.Repeat("array<", 13))
                + "ar...' is invalid: the type arguments are nested more than 1000 levels deep; fix it by hand or "
                + "restore it from version control",
            diagnostic.GetMessage()
        );
    }

    [Theory]
    [InlineData(WireType.MaxNesting, true)]
    [InlineData(WireType.MaxNesting + 1, false)]
    public void NestingLimitIsExact(int levels, bool valid)
    {
        var type = string.Concat(Enumerable.Repeat("array<", levels)) + "int32" + new string('>', levels);

        var parsed = WireType.Parse(type, out var error);

        Assert.Equal(valid, parsed is not null);
        Assert.Equal(valid ? "" : "the type arguments are nested more than 1000 levels deep", error);
    }

    [Fact]
    public void SecondSchemaFileIsReported()
    {
        var diagnostics = AnalyzeWithFiles(
            Version1,
            (SchemaPath, Schema1),
            ("/project/Old/SessionSchema.json", Schema1)
        );

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("SESS025 SessionSchema.json(1,1)", new[] { diagnostic }.Places());
        Assert.Equal("/project/Old/SessionSchema.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(
            "The schema file '/project/Old/SessionSchema.json' is invalid: a project has one schema file, and this "
                + "project already uses '/project/SessionSchema.json'; fix it by hand or restore it from version control",
            diagnostic.GetMessage()
        );
    }

    [Fact]
    public void UnreadableFileIsReported()
    {
        // The compiler hands an analyzer no text for an additional file it cannot read, such as a folder.
        var diagnostic = Assert.Single(AnalyzeWithFiles(Version1, (SchemaPath, null)));

        Assert.Equal("SESS025 SessionSchema.json(1,1)", new[] { diagnostic }.Places());
        Assert.Equal(
            "The schema file 'SessionSchema.json' is invalid: the file could not be read, for example because it "
                + "is a folder; fix it by hand or restore it from version control",
            diagnostic.GetMessage()
        );
    }

    [Fact]
    public void InvalidFileIsNotOverwritten()
    {
        var run = RunGenerator(Version1, "{ \"formatVersion\": 1, ", update: true);

        Assert.DoesNotContain(run.GeneratedSources, s => s.HintName == SchemaFiles.RecordedHintName);
    }

    [Fact]
    public void NormalBuildRecordsNothing()
    {
        var run = RunGenerator(Version1, Schema1, update: false);

        Assert.DoesNotContain(run.GeneratedSources, s => s.HintName == SchemaFiles.RecordedHintName);
        Assert.Single(run.GeneratedSources);
    }

    [Fact]
    public void StateNamedSessionSchemaIsRecorded()
    {
        var source =
            "using SessionToolkit;\n[SessionState]\npublic partial class SessionSchema { public int A { get; set; } }\n";

        var run = RunGenerator(source, null, update: true);

        Assert.Equal(
            ["SessionSchema.g.cs", SchemaFiles.RecordedHintName],
            run.GeneratedSources.Select(s => s.HintName)
        );
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void RecordedSourceIsOnlyComments()
    {
        var run = RunGenerator(Version1, null, update: true);

        var recorded = run
            .GeneratedSources.Single(s => s.HintName == SchemaFiles.RecordedHintName)
            .SourceText.ToString();
        Assert.All(recorded.TrimEnd('\n').Split('\n'), line => Assert.StartsWith("//", line));
        Assert.Empty(run.CompilationDiagnostics);
    }

    // A file whose only state, Lab.Install, records version 1 with the given members.
    private static string Wrap(string members) =>
        "{\"formatVersion\": 1, \"states\": {\"Lab.Install\": {\"type\": \"Lab.Install\", \"versions\": "
        + "{\"1\": {\"members\": {"
        + members
        + "}}}}}}";
}
