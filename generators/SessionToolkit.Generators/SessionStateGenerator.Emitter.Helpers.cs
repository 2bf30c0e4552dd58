using System.Collections.Generic;
using System.Globalization;
using SessionToolkit.Generators.Model;

namespace SessionToolkit.Generators;

// The file-local helper class: the members' JSON names, encoded once, one cached instance per converter, and
// one nested class per enum (names by value, numbers for undefined values). File-local, so its name never meets
// a user type.
public sealed partial class SessionStateGenerator
{
    private const string EncodedText = "global::System.Text.Json.JsonEncodedText";

    private static void EmitHelpers(IndentedWriter writer, TypeSpec spec)
    {
        if (spec.Members.Count == 0 && spec.Enums.Count == 0 && spec.Converters.Count == 0)
        {
            return;
        }

        writer.Line();
        writer.Open($"file static class {HelperClass}");

        // Utf8JsonWriter transcodes and escape-checks a string name on every write; an encoded name is copied.
        for (var i = 0; i < spec.Members.Count; i++)
        {
            var name = Quote(spec.Members[i].JsonName);
            writer.Line($"public static readonly {EncodedText} {MemberNameField(i)} = {EncodedText}.Encode({name});");
        }

        for (var i = 0; i < spec.Converters.Count; i++)
        {
            var converter = spec.Converters[i].ConverterType;
            writer.Line($"public static readonly {converter} Converter{Index(i)} = new {converter}();");
        }

        for (var i = 0; i < spec.Enums.Count; i++)
        {
            EmitEnumHelper(writer, spec.Enums[i], i);
        }

        writer.Close();
    }

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static string MemberNameField(int memberIndex) => "Name" + Index(memberIndex);

    private static void EmitEnumHelper(IndentedWriter writer, EnumSpec spec, int index)
    {
        writer.Line();
        writer.Open($"public static class Enum{Index(index)}");
        EmitEnumToName(writer, spec);
        writer.Line();
        EmitEnumFromName(writer, spec);
        writer.Line();
        EmitEnumWrite(writer, spec);
        writer.Line();
        writer.Open($"public static {spec.TypeName} Read(ref {Reader} __reader, {ReadContext} __context)");
        writer.Open("if (__reader.TokenType == global::System.Text.Json.JsonTokenType.Number)");
        writer.Line($"return ({spec.TypeName})__context.Read{UnderlyingHelper(spec)}(ref __reader);");
        writer.Close();
        writer.Line("var __name = __context.ReadEnumName(ref __reader);");
        writer.Line(
            $"return FromName(__name) ?? throw __context.Corrupted(\"'\" + __name + \"' is not a name of enum {EnumDisplayName(spec)}\");"
        );
        writer.Close();
        writer.Line();
        writer.Line(
            $"public static string ToKey({spec.TypeName} __value) => ToName(__value) ?? (({spec.UnderlyingType})__value).ToString(global::System.Globalization.CultureInfo.InvariantCulture);"
        );
        writer.Line();
        writer.Open($"public static {spec.TypeName} FromKey(string __key, {ReadContext} __context)");
        writer.Open(
            $"if ({spec.UnderlyingType}.TryParse(__key, global::System.Globalization.NumberStyles.AllowLeadingSign, global::System.Globalization.CultureInfo.InvariantCulture, out var __number))"
        );
        writer.Line($"return ({spec.TypeName})__number;");
        writer.Close();
        writer.Line(
            $"return FromName(__key) ?? throw __context.Corrupted(\"'\" + __key + \"' is not a name of enum {EnumDisplayName(spec)}\");"
        );
        writer.Close();
        writer.Close();
    }

    // One arm per value, with the first-declared name: aliases share a value, and a second arm for it would not
    // compile. Values are written as casts of literals, so an [Obsolete] member is never named.
    private static void EmitEnumToName(IndentedWriter writer, EnumSpec spec)
    {
        writer.Open($"private static string? ToName({spec.TypeName} __value)");
        writer.Open("switch (__value)");
        foreach (var member in FirstNamePerValue(spec))
        {
            writer.Line($"case ({spec.TypeName})({member.Value}):");
            writer.Line($"    return {Quote(member.Name)};");
        }

        writer.Line("default:");
        writer.Line("    return null;");
        writer.Close();
        writer.Close();
    }

    // Names are written from encoded fields, as the member names are; a value without a name is written as its
    // number.
    private static void EmitEnumWrite(IndentedWriter writer, EnumSpec spec)
    {
        var values = FirstNamePerValue(spec);
        for (var i = 0; i < values.Count; i++)
        {
            var name = Quote(values[i].Name);
            writer.Line($"private static readonly {EncodedText} EncodedName{Index(i)} = {EncodedText}.Encode({name});");
        }

        writer.Line();
        writer.Open($"public static void Write({Writer} __writer, {spec.TypeName} __value)");
        writer.Open("switch (__value)");
        for (var i = 0; i < values.Count; i++)
        {
            writer.Line($"case ({spec.TypeName})({values[i].Value}):");
            writer.Line($"    __writer.WriteStringValue(EncodedName{Index(i)});");
            writer.Line("    return;");
        }

        writer.Line("default:");
        writer.Line($"    __writer.WriteNumberValue(({NumberType(spec)})__value);");
        writer.Line("    return;");
        writer.Close();
        writer.Close();
    }

    private static void EmitEnumFromName(IndentedWriter writer, EnumSpec spec)
    {
        writer.Open($"private static {spec.TypeName}? FromName(string __name)");
        writer.Open("switch (__name)");
        foreach (var member in spec.Members)
        {
            writer.Line($"case {Quote(member.Name)}:");
            writer.Line($"    return ({spec.TypeName})({member.Value});");
        }

        writer.Line("default:");
        writer.Line("    return null;");
        writer.Close();
        writer.Close();
    }

    private static List<EnumMemberSpec> FirstNamePerValue(EnumSpec spec)
    {
        var values = new List<EnumMemberSpec>();
        var seen = new HashSet<string>();
        foreach (var member in spec.Members)
        {
            if (seen.Add(member.Value))
            {
                values.Add(member);
            }
        }

        return values;
    }

    private static string NumberType(EnumSpec spec) => spec.UnderlyingType == "ulong" ? "ulong" : "long";

    private static string UnderlyingHelper(EnumSpec spec) =>
        spec.UnderlyingType switch
        {
            "byte" => "Byte",
            "sbyte" => "SByte",
            "short" => "Int16",
            "ushort" => "UInt16",
            "uint" => "UInt32",
            "long" => "Int64",
            "ulong" => "UInt64",
            _ => "Int32",
        };

    private static string EnumDisplayName(EnumSpec spec) => spec.TypeName.Replace("global::", "");
}
