using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SessionToolkit.Generators.Model;
using SessionToolkit.Generators.Schema;
using SessionToolkit.Generators.Schema.Model;

namespace SessionToolkit.Generators.Analyzers;

/// <summary>Turns the schema findings of one state type into diagnostics, each at the place its fix goes.</summary>
internal sealed class SchemaReporter(
    SymbolAnalysisContext context,
    INamedTypeSymbol type,
    TypeSpec spec,
    ShapeSpec shape,
    SchemaSettings settings,
    SchemaTypeCatalog catalog
)
{
    /// <summary>Key of the diagnostic property with the whole schema file after recording this type's shape.</summary>
    public const string SchemaTextProperty = "SchemaText";

    /// <summary>Key of the diagnostic property with the path of the schema file, or empty when it is unknown.</summary>
    public const string SchemaPathProperty = "SchemaPath";

    /// <summary>Key of the diagnostic property with the state type and version the record fix records.</summary>
    public const string RecordedShapeProperty = "RecordedShape";

    /// <summary>Reports SESS019 for a type that the schema file does not record, or a project without the file.</summary>
    public void ReportNotRecorded()
    {
        var text = settings.File is null
            ? $"State type '{type.Name}' has no recorded schema, because the project has no schema file ({settings.FileName})"
            : $"The schema file has no entry for state type '{type.Name}' (type id '{spec.TypeId}')";
        Report(DiagnosticDescriptors.SchemaNotRecorded, Identifier, RecordProperties(), text);
    }

    /// <summary>Reports one finding of the history check, with the diagnostic and place its kind calls for.</summary>
    public void Report(SchemaFinding finding)
    {
        switch (finding.Kind)
        {
            case SchemaFindingKind.VersionNotRecorded:
                var text =
                    $"Version {finding.ToVersion} of state type '{type.Name}' is not recorded in the schema file";
                Report(DiagnosticDescriptors.SchemaNotRecorded, Identifier, RecordProperties(), text);
                break;
            case SchemaFindingKind.ShapeChanged:
                var version = Number(finding.ToVersion);
                var advice =
                    $"{finding.Detail}. Bump Version, with a migration where old checkpoints need one, or record the "
                    + $"shape again if version {version} was never released";
                Report(
                    DiagnosticDescriptors.ShapeChangedWithoutVersionBump,
                    VersionLocation,
                    RecordProperties(),
                    type.Name,
                    version,
                    advice
                );
                break;
            case SchemaFindingKind.VersionBelowRecorded:
                ReportVersionBelowRecorded(finding);
                break;
            case SchemaFindingKind.MemberRemoved:
                var change = finding.Change!;
                var arguments = new[]
                {
                    change.Path,
                    type.Name,
                    Number(finding.FromVersion),
                    Number(finding.ToVersion),
                };
                Report(DiagnosticDescriptors.MemberRemovedWithoutMigration, Identifier, null, arguments);
                break;
            case SchemaFindingKind.RetiredNameReused:
                ReportRetiredName(finding);
                break;
            case SchemaFindingKind.IncompatibleTypeChange:
                ReportTypeChange(finding);
                break;
            case SchemaFindingKind.MigrationMissing:
                var location = finding.ToCurrent ? VersionLocation : Identifier;
                var values = new[]
                {
                    Number(finding.ToVersion),
                    type.Name,
                    Number(finding.FromVersion),
                    finding.Detail,
                };
                Report(DiagnosticDescriptors.VersionBumpWithoutMigration, location, null, values);
                break;
        }
    }

    private void ReportVersionBelowRecorded(SchemaFinding finding)
    {
        var highest = Number(finding.ToVersion);
        var detail =
            $"the file already records version {highest}, and checkpoints of a higher version than the code's are "
            + $"rejected as newer. Restore Version = {highest} or above, or record the shape again to drop the newer "
            + "versions if they were never released";
        Report(
            DiagnosticDescriptors.ShapeChangedWithoutVersionBump,
            VersionLocation,
            RecordProperties(),
            type.Name,
            Number(finding.FromVersion),
            detail
        );
    }

    private void ReportRetiredName(SchemaFinding finding)
    {
        var change = finding.Change!;
        var member = FindMember(change.Owner, change.Member);
        var location = member?.Locations.FirstOrDefault() ?? Identifier;
        var name = member?.Name ?? change.Member;
        Report(DiagnosticDescriptors.RetiredNameReused, location, null, name, change.Member, finding.Detail, type.Name);
    }

    private void ReportTypeChange(SchemaFinding finding)
    {
        var change = finding.Change!;
        var from = Number(finding.FromVersion);
        var unchangedVersion = finding.FromVersion == finding.ToVersion;
        var advice = unchangedVersion
            ? $"bump Version and add a [SessionMigration(FromVersion = {from})] method that converts the value, or "
                + $"record the shape again if version {from} was never released"
            : $"add a [SessionMigration(FromVersion = {from})] method that converts the value";
        var member = FindMember(change.Owner, change.Member);
        var location = member is null ? Identifier : SessionStateGenerator.MemberTypeLocation(member);
        var properties = unchangedVersion ? RecordProperties() : null;
        Report(
            DiagnosticDescriptors.IncompatibleTypeChange,
            location,
            properties,
            change.Path,
            type.Name,
            change.OldType,
            change.NewType,
            from,
            change.Detail,
            advice
        );
    }

    // The member with JSON name 'jsonName' of the object type 'owner' ("" for the state) in the current code, when
    // it is still there.
    private ISymbol? FindMember(string owner, string jsonName)
    {
        var ownerSymbol = owner.Length == 0 ? type : catalog.Symbol(owner);
        var ownerSpec = owner.Length == 0 ? spec : catalog.Find(owner, context.CancellationToken);
        var identifier = ownerSpec?.Members.FirstOrDefault(m => m.JsonName == jsonName)?.Identifier.TrimStart('@');
        for (var current = ownerSymbol; identifier is not null && current is not null; current = current.BaseType)
        {
            var member = current.GetMembers(identifier).FirstOrDefault(m => m is IPropertySymbol or IFieldSymbol);
            if (member is not null)
            {
                return member;
            }
        }

        return null;
    }

    private Location Identifier => type.Locations[0];

    private Location VersionLocation
    {
        get
        {
            var attribute = SessionStateGenerator.FindAttribute(type, KnownNames.SessionStateAttribute);
            return (attribute is null ? null : SessionStateGenerator.NamedArgumentLocation(attribute, "Version"))
                ?? attribute?.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation()
                ?? Identifier;
        }
    }

    // The schema file as the record fix would write it: this type's current shape recorded as its version.
    private ImmutableDictionary<string, string?> RecordProperties()
    {
        var recorded = SchemaRecorder.Record(
            settings.Schema ?? SchemaSpec.Empty,
            spec.TypeId,
            ShapeBuilder.PlainName(spec.FullTypeName),
            shape
        );
        return ImmutableDictionary<string, string?>
            .Empty.Add(SchemaTextProperty, SchemaFileWriter.Write(recorded))
            .Add(SchemaPathProperty, settings.TargetPath)
            .Add(RecordedShapeProperty, $"'{type.Name}' version {Number(shape.Version)}");
    }

    private void Report(
        DiagnosticDescriptor descriptor,
        Location location,
        ImmutableDictionary<string, string?>? properties,
        params string[] arguments
    ) => context.ReportDiagnostic(Diagnostic.Create(descriptor, location, properties, arguments));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
