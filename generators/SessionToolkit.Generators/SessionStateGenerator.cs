using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SessionToolkit.Generators.Model;

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
    }
}
