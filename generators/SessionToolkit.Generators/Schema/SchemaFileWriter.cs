using System.Globalization;
using System.Linq;
using System.Text;
using SessionToolkit.Generators.Schema.Model;

namespace SessionToolkit.Generators.Schema;

/// <summary>
/// Writes a <see cref="SchemaSpec"/> in the canonical form: two-space indentation, every key sorted (versions by
/// number, the rest ordinally), one line per member, empty sections left out, '\n' line ends and a final newline.
/// Equal schemas therefore give equal bytes, and a change shows in a pull request as the lines it touches.
/// </summary>
internal static class SchemaFileWriter
{
    public static string Write(SchemaSpec schema)
    {
        var text = new StringBuilder();
        text.Append("{\n");
        text.Append("  \"formatVersion\": ").Append(SchemaSpec.CurrentFormatVersion).Append(",\n");
        if (schema.States.Count == 0)
        {
            return text.Append("  \"states\": {}\n}\n").ToString();
        }

        text.Append("  \"states\": {\n");
        for (var i = 0; i < schema.States.Count; i++)
        {
            WriteState(text, schema.States[i]);
            text.Append(i < schema.States.Count - 1 ? ",\n" : "\n");
        }

        return text.Append("  }\n}\n").ToString();
    }

    private static void WriteState(StringBuilder text, StateHistorySpec state)
    {
        text.Append("    ").Append(Quote(state.TypeId)).Append(": {\n");
        text.Append("      \"type\": ").Append(Quote(state.TypeName)).Append(",\n");
        text.Append("      \"versions\": {\n");
        for (var i = 0; i < state.Versions.Count; i++)
        {
            var shape = state.Versions[i];
            var number = shape.Version.ToString(CultureInfo.InvariantCulture);
            text.Append("        ").Append(Quote(number)).Append(": ");
            WriteShape(text, shape, "        ");
            text.Append(i < state.Versions.Count - 1 ? ",\n" : "\n");
        }

        text.Append("      }\n    }");
    }

    private static void WriteShape(StringBuilder text, ShapeSpec shape, string indent)
    {
        var inner = indent + "  ";
        var sections = ObjectSections(shape.Root, inner).ToList();
        if (shape.Objects.Count > 0)
        {
            var objects = new StringBuilder("\"objects\": {\n");
            for (var i = 0; i < shape.Objects.Count; i++)
            {
                var item = shape.Objects[i];
                objects.Append(inner).Append("  ").Append(Quote(item.Name)).Append(": ");
                WriteBlock(objects, ObjectSections(item, inner + "    ").ToList(), inner + "  ");
                objects.Append(i < shape.Objects.Count - 1 ? ",\n" : "\n");
            }

            sections.Add(objects.Append(inner).Append('}').ToString());
        }

        if (shape.Enums.Count > 0)
        {
            var enums = shape.Enums.Select(e => $"{inner}  {Quote(e.Name)}: {Array(e.Values)}");
            sections.Add("\"enums\": {\n" + string.Join(",\n", enums) + "\n" + inner + "}");
        }

        WriteBlock(text, sections, indent);
    }

    // The sections of one object type: its members, then the retired names and the derived types when it has any.
    private static System.Collections.Generic.IEnumerable<string> ObjectSections(ObjectShapeSpec shape, string indent)
    {
        if (shape.Members.Count == 0)
        {
            yield return "\"members\": {}";
        }
        else
        {
            var members = shape.Members.Select(m => $"{indent}  {Quote(m.Name)}: {Member(m)}");
            yield return "\"members\": {\n" + string.Join(",\n", members) + "\n" + indent + "}";
        }

        if (shape.Retired.Count > 0)
        {
            yield return "\"retired\": " + Array(shape.Retired);
        }

        if (shape.Derived.Count > 0)
        {
            var derived = shape.Derived.Select(d => $"{indent}  {Quote(d.Discriminator)}: {Quote(d.TypeName)}");
            yield return "\"derived\": {\n" + string.Join(",\n", derived) + "\n" + indent + "}";
        }
    }

    private static void WriteBlock(StringBuilder text, System.Collections.Generic.List<string> sections, string indent)
    {
        text.Append("{\n");
        for (var i = 0; i < sections.Count; i++)
        {
            text.Append(indent).Append("  ").Append(sections[i]).Append(i < sections.Count - 1 ? ",\n" : "\n");
        }

        text.Append(indent).Append('}');
    }

    private static string Member(MemberShapeSpec member)
    {
        var text = new StringBuilder("{ \"type\": ").Append(Quote(member.Type));
        if (member.Required)
        {
            text.Append(", \"required\": true");
        }

        if (member.Since > 0)
        {
            text.Append(", \"since\": ").Append(member.Since.ToString(CultureInfo.InvariantCulture));
        }

        return text.Append(" }").ToString();
    }

    private static string Array(EquatableArray<string> values) => "[" + string.Join(", ", values.Select(Quote)) + "]";

    /// <summary>
    /// Quotes a JSON string. Besides the characters JSON requires, the line separators U+0085, U+2028 and U+2029 are
    /// escaped, because C# ends a line comment at them and the generator carries this text in line comments. A lone
    /// surrogate is escaped too, because the file is written as UTF-8, which cannot hold it.
    /// </summary>
    internal static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(c).Append(value[++i]);
                continue;
            }

            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case var other when other < ' ' || other is '\u0085' or '\u2028' or '\u2029' || char.IsSurrogate(other):
                    text.Append("\\u").Append(((int)other).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return text.Append('"').ToString();
    }
}
