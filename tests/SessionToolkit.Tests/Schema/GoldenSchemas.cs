namespace SessionToolkit.Tests.Schema;

/// <summary>Schema files of the replay states, in the canonical form the build records.</summary>
internal static class GoldenSchemas
{
    public const string Renamed = """
        {
          "formatVersion": 1,
          "states": {
            "Tests.Renamed": {
              "type": "SessionToolkit.Tests.Schema.RenamedWithMigration",
              "versions": {
                "1": {
                  "members": {
                    "Title": { "type": "string" }
                  }
                },
                "2": {
                  "members": {
                    "Package": { "type": "string" }
                  },
                  "retired": ["Title"]
                }
              }
            }
          }
        }
        """;

    public const string Retyped = """
        {
          "formatVersion": 1,
          "states": {
            "Tests.Retyped": {
              "type": "SessionToolkit.Tests.Schema.Retyped",
              "versions": {
                "1": {
                  "members": {
                    "Count": { "type": "string" }
                  }
                },
                "2": {
                  "members": {
                    "Count": { "type": "int32" }
                  }
                }
              }
            }
          }
        }
        """;

    public const string Shapes = """
        {
          "formatVersion": 1,
          "states": {
            "Tests.Shapes": {
              "type": "SessionToolkit.Tests.Schema.Shapes",
              "versions": {
                "1": {
                  "members": {
                    "At": { "type": "datetimeoffset" },
                    "Blob": { "type": "bytes" },
                    "ByColor": { "type": "map<enum<SessionToolkit.Tests.Schema.ReplayColor>, int32>" },
                    "Color": { "type": "enum<SessionToolkit.Tests.Schema.ReplayColor>" },
                    "Flag": { "type": "bool" },
                    "Id": { "type": "guid" },
                    "Items": { "type": "array<object<SessionToolkit.Tests.Schema.ReplayItem>>" },
                    "Note": { "type": "string?" },
                    "Number": { "type": "int64" },
                    "Ratio": { "type": "double" },
                    "Shape": { "type": "object<SessionToolkit.Tests.Schema.ReplayShape>?" },
                    "Took": { "type": "timespan" }
                  },
                  "objects": {
                    "SessionToolkit.Tests.Schema.ReplayCircle": {
                      "members": {
                        "Radius": { "type": "double" },
                        "Tag": { "type": "string" }
                      }
                    },
                    "SessionToolkit.Tests.Schema.ReplayItem": {
                      "members": {
                        "Name": { "type": "string" },
                        "Next": { "type": "object<SessionToolkit.Tests.Schema.ReplayItem>?" }
                      }
                    },
                    "SessionToolkit.Tests.Schema.ReplayShape": {
                      "members": {
                        "Tag": { "type": "string" }
                      },
                      "derived": {
                        "circle": "SessionToolkit.Tests.Schema.ReplayCircle"
                      }
                    }
                  },
                  "enums": {
                    "SessionToolkit.Tests.Schema.ReplayColor": ["Blue", "Red"]
                  }
                }
              }
            }
          }
        }
        """;
}
