namespace SessionToolkit.Generators.Schema.Model;

/// <summary>The schema file as the recording step sees it.</summary>
/// <param name="Requested">The build records the schema (<c>-p:UpdateSessionSchema=true</c>).</param>
/// <param name="Text">The file's text, or null when the project has no schema file or recording is not requested.</param>
/// <param name="FileCount">The number of schema files; more than one is an error the analyzer reports.</param>
internal sealed record SchemaSourceSpec(bool Requested, string? Text, int FileCount);
