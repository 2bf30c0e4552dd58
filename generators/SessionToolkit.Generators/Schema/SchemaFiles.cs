using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SessionToolkit.Generators.Schema;

/// <summary>
/// How the schema file reaches the compiler. The package's build props add it as an AdditionalFiles item marked
/// with <see cref="MarkerMetadata"/>, and pass the <c>SessionSchemaFile</c> and <c>UpdateSessionSchema</c>
/// properties through CompilerVisibleProperty.
/// </summary>
internal static class SchemaFiles
{
    /// <summary>The file name the build props use unless the project sets <c>SessionSchemaFile</c>.</summary>
    public const string DefaultFileName = "SessionSchema.json";

    /// <summary>
    /// The name of the generated source that carries the recorded schema to the build's write step. The '-' keeps it
    /// apart from the generated file of a state type named SessionSchema, because no type name contains one.
    /// </summary>
    public const string RecordedHintName = "SessionSchema-recorded.g.cs";

    /// <summary>The line before the recorded schema in <see cref="RecordedHintName"/>; the build targets look for it.</summary>
    public const string BeginMarker = "// ---- begin SessionSchema.json ----";

    /// <summary>The line after the recorded schema in <see cref="RecordedHintName"/>.</summary>
    public const string EndMarker = "// ---- end SessionSchema.json ----";

    private const string MarkerMetadata = "build_metadata.AdditionalFiles.SessionToolkitSchema";
    private const string UpdateProperty = "build_property.UpdateSessionSchema";
    private const string FileProperty = "build_property.SessionSchemaFile";

    /// <summary>Whether the build asked to record the schema (<c>-p:UpdateSessionSchema=true</c>).</summary>
    public static bool IsUpdateRequested(AnalyzerConfigOptions globalOptions) =>
        globalOptions.TryGetValue(UpdateProperty, out var value)
        && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The path the build props give the schema file, present or not; null without the props.</summary>
    public static string? ConfiguredPath(AnalyzerConfigOptions globalOptions) =>
        globalOptions.TryGetValue(FileProperty, out var value) && value.Trim().Length > 0 ? value.Trim() : null;

    /// <summary>
    /// Returns the schema files among <paramref name="files"/>: those the build props mark, or, in a project without
    /// the props that adds the file by hand, those named <see cref="DefaultFileName"/>. A file listed twice is
    /// returned once. More than one file is an error the analyzer reports.
    /// </summary>
    public static List<AdditionalText> Find(IEnumerable<AdditionalText> files, AnalyzerConfigOptionsProvider options)
    {
        var candidates = files.Where(f => IsMarked(f, options) || IsNamedLikeSchema(f)).ToList();
        var marked = candidates.Where(f => IsMarked(f, options)).ToList();
        var chosen = marked.Count > 0 ? marked : candidates;
        return chosen.GroupBy(f => f.Path, PathComparer).Select(g => g.First()).ToList();
    }

    /// <summary>Whether <paramref name="file"/> may be a schema file; <see cref="Find"/> makes the final choice.</summary>
    public static bool IsCandidate(AdditionalText file, AnalyzerConfigOptionsProvider options) =>
        IsMarked(file, options) || IsNamedLikeSchema(file);

    private static bool IsMarked(AdditionalText file, AnalyzerConfigOptionsProvider options) =>
        options.GetOptions(file).TryGetValue(MarkerMetadata, out var marker)
        && string.Equals(marker.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static bool IsNamedLikeSchema(AdditionalText file) =>
        string.Equals(Path.GetFileName(file.Path), DefaultFileName, StringComparison.OrdinalIgnoreCase);

    // Windows compares paths without case, so there an ordinal comparison could take one file for two.
    private static StringComparer PathComparer =>
        Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
}
