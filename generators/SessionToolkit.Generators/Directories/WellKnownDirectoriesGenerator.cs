using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SessionToolkit.Generators.Directories;

/// <summary>
/// Writes the directory helpers of every <c>[WellKnownDirectories]</c> class: a constructor from SessionStorage,
/// the <c>Storage</c> property, each <c>[WellKnownDirectory]</c> property as a full path, <c>AllDirectories</c> and
/// <c>Populate()</c>.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class WellKnownDirectoriesGenerator : IIncrementalGenerator
{
    /// <summary>Names of the pipeline steps, for the caching tests.</summary>
    public static class TrackingNames
    {
        /// <summary>The attributed classes turned into models (or <c>null</c> for a repeated attribute).</summary>
        public const string Parse = "WellKnownDirectories.Parse";

        /// <summary>The models that produce output or diagnostics.</summary>
        public const string Types = "WellKnownDirectories.Types";
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // One model per attributed class declaration; the model holds only strings and spans.
        var parsed = context
            .SyntaxProvider.ForAttributeWithMetadataName(
                KnownNames.WellKnownDirectoriesAttribute,
                static (node, _) => node is ClassDeclarationSyntax,
                Parser.Parse
            )
            .WithTrackingName(TrackingNames.Parse);

        // A class whose attribute is repeated on a second part yields a second, empty result.
        var types = parsed.Where(static spec => spec is not null).Select(static (spec, _) => spec!);
        types = types.WithTrackingName(TrackingNames.Types);

        // One file per class, unless the class has an error.
        context.RegisterSourceOutput(types, Emitter.Emit);
    }
}
