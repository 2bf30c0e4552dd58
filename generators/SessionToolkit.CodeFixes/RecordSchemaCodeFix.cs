using System;
using System.Collections.Immutable;
using System.Composition;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace SessionToolkit.CodeFixes;

/// <summary>
/// Records the current shape of a state type in the project's schema file, creating the file when the project
/// has none. The analyzer puts the whole new file into the diagnostic's <c>SchemaText</c> property, so this fix
/// only writes it. It is offered for a type that is not recorded (SESS019), and for a recorded version whose shape
/// changed (SESS020, SESS023), where recording is right only when that version was never released.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RecordSchemaCodeFix)), Shared]
public sealed class RecordSchemaCodeFix : CodeFixProvider
{
    /// <summary>Key of the diagnostic property with the schema file's new text.</summary>
    public const string SchemaTextProperty = "SchemaText";

    /// <summary>Key of the diagnostic property with the schema file's path, or an empty string.</summary>
    public const string SchemaPathProperty = "SchemaPath";

    /// <summary>Key of the diagnostic property that names the state type and version for the fix's title.</summary>
    public const string RecordedShapeProperty = "RecordedShape";

    private const string DefaultFileName = "SessionSchema.json";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds =>
        [
            DiagnosticIds.SchemaNotRecorded,
            DiagnosticIds.ShapeChangedWithoutVersionBump,
            DiagnosticIds.IncompatibleTypeChange,
        ];

    /// <inheritdoc />
    /// <remarks>Each diagnostic carries the file with one more type recorded, so the fixes cannot be combined.</remarks>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(SchemaTextProperty, out var text) || text is null)
            {
                continue;
            }

            var project = context.Document.Project;
            var path = diagnostic.Properties.TryGetValue(SchemaPathProperty, out var schemaPath)
                ? schemaPath ?? ""
                : "";
            var existing = FindSchemaDocument(project, path);
            var fileName = existing?.Name ?? (path.Length > 0 ? Path.GetFileName(path) : DefaultFileName);
            var shape = diagnostic.Properties.TryGetValue(RecordedShapeProperty, out var named) ? named : null;
            var title = existing is null
                ? $"Create {fileName} with the shape of {shape ?? "this state type"}"
                : $"Record the shape of {shape ?? "this state type"} in {fileName}";
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    _ => Task.FromResult(Record(project, existing, path, text)),
                    equivalenceKey: nameof(RecordSchemaCodeFix)
                ),
                diagnostic
            );
        }

        return Task.CompletedTask;
    }

    private static Solution Record(Project project, TextDocument? existing, string path, string text)
    {
        var content = SourceText.From(text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        if (existing is not null)
        {
            return project.Solution.WithAdditionalDocumentText(existing.Id, content);
        }

        // The build props make the file an AdditionalFiles item as soon as it exists, so it is created where they
        // look for it. Without the props, it goes beside the project file.
        var folder = Path.GetDirectoryName(project.FilePath ?? "") ?? "";
        var filePath =
            path.Length > 0 ? path
            : folder.Length > 0 ? Path.Combine(folder, DefaultFileName)
            : null;
        var name = filePath is null ? DefaultFileName : Path.GetFileName(filePath);
        var id = DocumentId.CreateNewId(project.Id, name);
        return project.Solution.AddAdditionalDocument(id, name, content, filePath: filePath);
    }

    private static TextDocument? FindSchemaDocument(Project project, string path)
    {
        var documents = project.AdditionalDocuments.ToList();
        return documents.FirstOrDefault(d =>
            path.Length > 0 && string.Equals(d.FilePath, path, StringComparison.Ordinal)
        )
            ?? documents.FirstOrDefault(d =>
                string.Equals(
                    Path.GetFileName(d.FilePath ?? d.Name),
                    DefaultFileName,
                    StringComparison.OrdinalIgnoreCase
                )
            );
    }
}
