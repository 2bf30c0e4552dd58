using System.Globalization;
using SessionToolkit.Generators.Model;

namespace SessionToolkit.Generators;

// The ISessionState members: version, type id, metadata, migrations and directories.
public sealed partial class SessionStateGenerator
{
    private static void EmitStateMembers(IndentedWriter writer, TypeSpec spec)
    {
        var self = $"global::SessionToolkit.ISessionState<{spec.FullTypeName}>";
        var version = spec.Version.ToString(CultureInfo.InvariantCulture);
        writer.Line($"static int {self}.SessionVersion => {version};");
        writer.Line();
        writer.Line($"static string {self}.SessionTypeId => {Quote(spec.TypeId)};");
        writer.Line();
        writer.Open(
            $"static void {self}.WriteMetadata({Writer} __writer, {spec.FullTypeName} __value, {WriteContext} __context)"
        );
        writer.Line("__context.WriteStartObject(__writer);");
        EmitMemberWrites(writer, spec, metadataOnly: true);
        writer.Line("__writer.WriteEndObject();");
        writer.Close();
        writer.Line();
        EmitMigrations(writer, spec, self);
        writer.Line();
        writer.Open($"static void {self}.PopulateDirectories(global::SessionToolkit.SessionStorage __storage)");
        if (spec.DirectoriesType is { } directories)
        {
            writer.Line($"new {directories}(__storage).Populate();");
        }

        writer.Close();
    }

    // A version with no migration method passes its JSON through unchanged: the shape did not change there.
    private static void EmitMigrations(IndentedWriter writer, TypeSpec spec, string self)
    {
        var jsonObject = "global::System.Text.Json.Nodes.JsonObject";
        writer.Open($"static {jsonObject} {self}.MigrateSession({jsonObject} __session, int __fromVersion)");
        if (spec.Migrations.Count > 0)
        {
            var version = spec.Version.ToString(CultureInfo.InvariantCulture);
            writer.Open($"for (var __version = __fromVersion; __version < {version}; __version++)");
            writer.Open("switch (__version)");
            foreach (var migration in spec.Migrations)
            {
                var from = migration.FromVersion.ToString(CultureInfo.InvariantCulture);
                writer.Line($"case {from}:");
                writer.Line($"    __session = {spec.FullTypeName}.{migration.MethodName}(__session);");
                writer.Line("    break;");
            }

            writer.Close();
            writer.Close();
        }

        writer.Line("return __session;");
        writer.Close();
    }
}
