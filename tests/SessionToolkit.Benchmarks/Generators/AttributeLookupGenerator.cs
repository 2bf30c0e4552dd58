using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SessionToolkit.Benchmarks.Generators;

/// <summary>
/// A generator that only finds the <c>[SessionState]</c> and <c>[SessionData]</c> types and keeps their names:
/// the lookup and attribute binding that every attribute-driven generator pays before its own work starts.
/// Its run time is the floor of the first-run rows.
/// </summary>
public sealed class AttributeLookupGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var states = FindNames(context, "SessionToolkit.SessionStateAttribute");
        var data = FindNames(context, "SessionToolkit.SessionDataAttribute");

        // An output per value, so that the driver runs both steps.
        context.RegisterSourceOutput(states.Collect().Combine(data.Collect()), static (_, _) => { });
    }

    private static IncrementalValuesProvider<string> FindNames(
        IncrementalGeneratorInitializationContext context,
        string attribute
    ) =>
        context.SyntaxProvider.ForAttributeWithMetadataName(
            attribute,
            static (node, _) => node is TypeDeclarationSyntax,
            static (target, _) => target.TargetSymbol.Name
        );
}
