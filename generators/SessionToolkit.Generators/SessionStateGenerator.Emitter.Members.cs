using System.Globalization;
using System.Linq;
using SessionToolkit.Generators.Model;

namespace SessionToolkit.Generators;

// The Write and Read members: one JSON object per value, members in any order on read.
public sealed partial class SessionStateGenerator
{
    private static void EmitWrite(IndentedWriter writer, TypeSpec spec)
    {
        writer.Open(
            $"static void global::SessionToolkit.ISessionData<{spec.FullTypeName}>.Write({Writer} __writer, {spec.FullTypeName} __value, {WriteContext} __context)"
        );
        EmitDerivedWrites(writer, spec);
        writer.Line("__context.WriteStartObject(__writer);");
        writer.Line("__context.WritePendingDiscriminator(__writer);");
        EmitMemberWrites(writer, spec, metadataOnly: false);
        writer.Line("__writer.WriteEndObject();");
        writer.Close();
    }

    private static void EmitMemberWrites(IndentedWriter writer, TypeSpec spec, bool metadataOnly)
    {
        for (var i = 0; i < spec.Members.Count; i++)
        {
            var member = spec.Members[i];
            if (metadataOnly && !member.IsMetadata)
            {
                continue;
            }

            var name = $"global::{HelperClass}.{MemberNameField(i)}";
            var leaf = IsLeaf(member.Type);
            var value = WriteValue(member.Type, "__value." + member.Identifier, 0, leaf ? member.JsonName : null) + ";";
            if (leaf)
            {
                writer.Line($"__writer.WritePropertyName({name});");
                writer.Line(value);
                continue;
            }

            writer.Line($"__context.BeginMember(__writer, {name});");
            writer.Line(value);
            writer.Line("__context.EndMember();");
        }
    }

    // The path of the value being written is only read by the depth check of an object or array, so a value that
    // opens neither needs no path segment, and pushing one per member would cost a call each way. A JsonElement
    // can hold any depth and a converter writes any JSON, so both keep theirs.
    private static bool IsLeaf(TypeRefSpec type) =>
        type.Kind switch
        {
            ValueKind.Enum => true,
            ValueKind.Scalar => type.Helper != "JsonElement",
            ValueKind.NullableValue => IsLeaf(type.Element!),
            _ => false,
        };

    private static void EmitRead(IndentedWriter writer, TypeSpec spec)
    {
        writer.Open(
            $"static {spec.FullTypeName} global::SessionToolkit.ISessionData<{spec.FullTypeName}>.Read(ref {Reader} __reader, {ReadContext} __context)"
        );
        EmitDerivedReads(writer, spec);
        if (spec.IsAbstract)
        {
            writer.Close();
            return;
        }

        writer.Line("__context.ExpectStartObject(ref __reader);");
        for (var i = 0; i < spec.Members.Count; i++)
        {
            writer.Line($"var __seen{i} = false;");
            writer.Line($"{spec.Members[i].Type.TypeName} __member{i} = default!;");
        }

        EmitMemberLoop(writer, spec);
        EmitMissingChecks(writer, spec);
        EmitConstruction(writer, spec);
        writer.Close();
    }

    private static void EmitMemberLoop(IndentedWriter writer, TypeSpec spec)
    {
        writer.Open("while (__context.ReadNextMember(ref __reader))");
        for (var i = 0; i < spec.Members.Count; i++)
        {
            var member = spec.Members[i];
            var keyword = i == 0 ? "if" : "else if";
            writer.Open($"{keyword} (__reader.ValueTextEquals({Quote(member.JsonName)}u8))");
            writer.Line($"__context.BeginMember(ref __reader, {Quote(member.JsonName)}, ref __seen{i});");
            writer.Line($"__member{i} = {ReadValue(member.Type, 0)};");
            writer.Line("__context.EndMember();");
            writer.Close();
        }

        if (spec.Members.Count == 0)
        {
            writer.Line("__context.SkipMember(ref __reader);");
        }
        else
        {
            writer.Open("else");
            writer.Line("__context.SkipMember(ref __reader);");
            writer.Close();
        }

        writer.Close();
    }

    private static void EmitMissingChecks(IndentedWriter writer, TypeSpec spec)
    {
        for (var i = 0; i < spec.Members.Count; i++)
        {
            var member = spec.Members[i];
            if (member.MustBePresent)
            {
                var since = member.Since.ToString(CultureInfo.InvariantCulture);
                writer.Line($"__context.CheckMissing(__seen{i}, {Quote(member.JsonName)}, {since});");
            }
        }
    }

    // Constructor members are passed, init and required members go into the object initializer, and setter
    // members are assigned only when present, so that a missing one keeps the value the constructor gave it.
    private static void EmitConstruction(IndentedWriter writer, TypeSpec spec)
    {
        var arguments = spec.ConstructorArguments.Select(
            (member, position) =>
                member >= 0
                    ? "__member" + member.ToString(CultureInfo.InvariantCulture)
                    : $"default({spec.ConstructorDefaults[position]})!"
        );
        var initializers = spec
            .Members.Select((member, index) => (member, index))
            .Where(m => m.member.Assignment == MemberAssignment.Initializer)
            .Select(m => $"{m.member.Identifier} = __member{m.index.ToString(CultureInfo.InvariantCulture)},")
            .ToList();
        var construction = $"var __result = new {spec.FullTypeName}({string.Join(", ", arguments)})";
        if (initializers.Count == 0)
        {
            writer.Line(construction + ";");
        }
        else
        {
            writer.Line(construction);
            writer.Line("{");
            foreach (var line in initializers)
            {
                writer.Line("    " + line);
            }

            writer.Line("};");
        }

        for (var i = 0; i < spec.Members.Count; i++)
        {
            var member = spec.Members[i];
            if (member.Assignment == MemberAssignment.Setter)
            {
                writer.Open($"if (__seen{i})");
                writer.Line($"__result.{member.Identifier} = __member{i};");
                writer.Close();
            }
        }

        writer.Line("return __result;");
    }
}
