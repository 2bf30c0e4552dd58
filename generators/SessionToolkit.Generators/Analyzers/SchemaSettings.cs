using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SessionToolkit.Generators.Schema;
using SessionToolkit.Generators.Schema.Model;

namespace SessionToolkit.Generators.Analyzers;

/// <summary>The schema file of one compilation, read and parsed once, and the build's schema properties.</summary>
internal sealed class SchemaSettings
{
    private SchemaSettings(bool updateRequested, string targetPath)
    {
        UpdateRequested = updateRequested;
        TargetPath = targetPath;
    }

    /// <summary>The build records the schema (<c>-p:UpdateSessionSchema=true</c>), so the file is about to be replaced.</summary>
    public bool UpdateRequested { get; }

    /// <summary>Where the schema file is, or where the record fix creates it; empty without the file and the build props.</summary>
    public string TargetPath { get; private set; }

    /// <summary>The schema file, or null when the project has none.</summary>
    public AdditionalText? File { get; private set; }

    /// <summary>A second schema file, which is an error: a project has one.</summary>
    public AdditionalText? ExtraFile { get; private set; }

    /// <summary>The file's contents, or null when it is missing or invalid.</summary>
    public SchemaSpec? Schema { get; private set; }

    /// <summary>Why the file is invalid, or null.</summary>
    public SchemaFormatException? Error { get; private set; }

    /// <summary>The file's text, for placing <see cref="Error"/>.</summary>
    public SourceText? Text { get; private set; }

    public static SchemaSettings Read(AnalyzerOptions options, CancellationToken token)
    {
        var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        var settings = new SchemaSettings(
            SchemaFiles.IsUpdateRequested(global),
            SchemaFiles.ConfiguredPath(global) ?? ""
        );
        var files = SchemaFiles.Find(options.AdditionalFiles, options.AnalyzerConfigOptionsProvider);
        if (files.Count == 0)
        {
            return settings;
        }

        settings.File = files[0];
        settings.ExtraFile = files.Skip(1).FirstOrDefault();
        settings.TargetPath = files[0].Path;
        settings.Text = files[0].GetText(token);
        try
        {
            settings.Schema = settings.Text is null
                ? throw new SchemaFormatException(
                    "the file could not be read, for example because it is a folder",
                    default
                )
                : SchemaFileReader.Read(settings.Text.ToString());
        }
        catch (SchemaFormatException error)
        {
            settings.Error = error;
        }

        return settings;
    }

    /// <summary>The name the messages use for the schema file.</summary>
    public string FileName =>
        Path.GetFileName(File?.Path ?? TargetPath) is { Length: > 0 } name ? name : SchemaFiles.DefaultFileName;
}
