namespace SessionToolkit.Generators.Tests.Schema;

/// <summary>
/// Versions of one state type, an installer's, as a project would write them over time: version 1, then version 2
/// with 'title' renamed to 'package', then version 3 with 'verbose' removed and 'timeout' turned from seconds into
/// a TimeSpan.
/// </summary>
internal static class SchemaHistories
{
    public const string Version1 = """
        using System.Collections.Generic;
        using SessionToolkit;

        namespace Lab;

        [SessionState(Version = 1, Naming = SessionNamingPolicy.SnakeCase)]
        public partial class Install
        {
            public string Title { get; set; } = "";
            public List<string> DoneSteps { get; set; } = [];
            public int Timeout { get; set; }
            public bool Verbose { get; set; }
        }
        """;

    public const string RenameMigration = """
            [SessionMigration(FromVersion = 1)]
            private static JsonObject RenameTitle(JsonObject session)
            {
                session["package"] = session["title"]?.DeepClone();
                session.Remove("title");
                return session;
            }
        """;

    public const string Version2 =
        """
            using System.Collections.Generic;
            using System.Text.Json.Nodes;
            using SessionToolkit;

            namespace Lab;

            [SessionState(Version = 2, Naming = SessionNamingPolicy.SnakeCase)]
            public partial class Install
            {
                public string Package { get; set; } = "";
                public List<string> DoneSteps { get; set; } = [];
                public int Timeout { get; set; }
                public bool Verbose { get; set; }

            """
        + RenameMigration
        + "}\n";

    public const string ConvertMigration = """
            [SessionMigration(FromVersion = 2)]
            private static JsonObject DropVerboseAndConvertTimeout(JsonObject session)
            {
                session.Remove("verbose");
                var seconds = session["timeout"]?.GetValue<int>() ?? 300;
                session["timeout"] = System.TimeSpan.FromSeconds(seconds).ToString("c");
                return session;
            }
        """;

    public const string Version3 =
        """
            using System;
            using System.Collections.Generic;
            using System.Text.Json.Nodes;
            using SessionToolkit;

            namespace Lab;

            [SessionState(Version = 3, Naming = SessionNamingPolicy.SnakeCase)]
            public partial class Install
            {
                public string Package { get; set; } = "";
                public List<string> DoneSteps { get; set; } = [];
                public TimeSpan Timeout { get; set; }

                [Persist(Since = 3)]
                public string? Mirror { get; set; }

            """
        + RenameMigration
        + "\n"
        + ConvertMigration
        + "}\n";
}
