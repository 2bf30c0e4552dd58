using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SessionToolkit.Generators.Model;
using SessionToolkit.Generators.Schema;

namespace SessionToolkit.Generators;

/// <summary>
/// Writes the suspend/resume serializer of every [SessionState] and [SessionData] type: one file per type that
/// implements <c>ISessionState&lt;T&gt;</c> or <c>ISessionData&lt;T&gt;</c> explicitly.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class SessionStateGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Each attributed declaration becomes an equatable model right away, so later steps cache by value.
        var states = context
            .SyntaxProvider.ForAttributeWithMetadataName(
                KnownNames.SessionStateAttribute,
                static (node, _) => node is TypeDeclarationSyntax,
                static (target, token) => Parse(target, isState: true, token)
            )
            .WithTrackingName(TrackingNames.StateTypes);

        // Data types go through the same parser; a type that is also a state is left to the state step.
        var data = context
            .SyntaxProvider.ForAttributeWithMetadataName(
                KnownNames.SessionDataAttribute,
                static (node, _) => node is TypeDeclarationSyntax,
                static (target, token) => Parse(target, isState: false, token)
            )
            .WithTrackingName(TrackingNames.DataTypes);

        // A type declared in several parts is parsed once: the other parts give null.
        var stateModels = states.Where(static r => r is not null).WithTrackingName(TrackingNames.StateModels);
        var dataModels = data.Where(static r => r is not null).WithTrackingName(TrackingNames.DataModels);

        // One output per type: its file when it has no error, or SESS016 when the generator failed on it.
        context.RegisterSourceOutput(stateModels, static (output, result) => Emit(output, result!));
        context.RegisterSourceOutput(dataModels, static (output, result) => Emit(output, result!));

        // Recording the schema is requested by a build property; without it the file's text is never read.
        var recordRequested = context
            .AnalyzerConfigOptionsProvider.Select(
                static (options, _) => SchemaFiles.IsUpdateRequested(options.GlobalOptions)
            )
            .WithTrackingName(TrackingNames.SchemaRequest);
        var schemaSource = context
            .AdditionalTextsProvider.Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => SchemaFiles.IsCandidate(pair.Left, pair.Right))
            .Collect()
            .Combine(recordRequested)
            .Select(static (pair, token) => ReadSchemaSource(pair.Left, pair.Right, token))
            .WithTrackingName(TrackingNames.SchemaSource);

        // The recorded file is one value when requested and none otherwise, so a normal build adds no output step.
        var recordedSchema = schemaSource
            .Combine(stateModels.Collect())
            .Combine(dataModels.Collect())
            .SelectMany(static (input, token) => RecordSchema(input.Left.Left, input.Left.Right, input.Right, token))
            .WithTrackingName(TrackingNames.RecordedSchema);
        context.RegisterSourceOutput(recordedSchema, static (output, text) => EmitRecordedSchema(output, text));
    }
}
