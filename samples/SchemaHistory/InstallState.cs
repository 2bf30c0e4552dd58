using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using SessionToolkit;

namespace SchemaHistory;

/// <summary>
/// The state of an installer run, at version 3. SessionSchema.json records every version, and the build fails when
/// a change would leave checkpoints of an older one unreadable.
/// </summary>
/// <remarks>
/// Version 1 persisted <c>title</c>, <c>done_steps</c>, <c>timeout</c> (whole seconds) and <c>verbose</c>.
/// Version 2 renamed <c>title</c> to <c>package</c>. Version 3 removed <c>verbose</c>, made <c>timeout</c> a
/// <see cref="TimeSpan"/> and added <c>mirror</c>.
/// </remarks>
[SessionState(Version = 3, Naming = SessionNamingPolicy.SnakeCase)]
public partial class InstallState
{
    /// <summary>The package being installed; <c>title</c> in version 1.</summary>
    public string Package { get; set; } = "";

    /// <summary>The install steps that finished, in order.</summary>
    public List<string> DoneSteps { get; set; } = [];

    /// <summary>How long one step may run; whole seconds up to version 2.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The download mirror, new in version 3, so older checkpoints resume without one.</summary>
    [Persist(Since = 3)]
    public string? Mirror { get; set; }

    [SessionMigration(FromVersion = 1)]
    private static JsonObject RenameTitle(JsonObject session)
    {
        session["package"] = session["title"]?.DeepClone();
        session.Remove("title");
        return session;
    }

    [SessionMigration(FromVersion = 2)]
    private static JsonObject DropVerboseAndConvertTimeout(JsonObject session)
    {
        // Verbose output became a command-line switch, so the stored choice is dropped on purpose.
        session.Remove("verbose");
        var seconds = session["timeout"]?.GetValue<int>() ?? 300;
        session["timeout"] = TimeSpan.FromSeconds(seconds).ToString("c", CultureInfo.InvariantCulture);
        return session;
    }
}
