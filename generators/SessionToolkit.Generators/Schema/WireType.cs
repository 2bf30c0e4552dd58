using System.Collections.Generic;
using System.Text;

namespace SessionToolkit.Generators.Schema;

/// <summary>
/// The JSON shape of a persisted value as the schema file writes it: a scalar such as <c>int32</c>,
/// <c>array&lt;T&gt;</c>, <c>map&lt;K, V&gt;</c>, <c>object&lt;Name&gt;</c>, <c>enum&lt;Name&gt;</c> or
/// <c>converter&lt;Name&gt;</c>, with a trailing <c>?</c> where null is allowed.
/// </summary>
/// <param name="Head">The scalar name or the generic keyword.</param>
/// <param name="Name">The C# type name of an object, enum or converter; empty otherwise.</param>
/// <param name="Element">The element type of an array, or the value type of a map.</param>
/// <param name="Key">The key type of a map.</param>
/// <param name="Nullable">Null is a valid value.</param>
internal sealed record WireType(string Head, string Name, WireType? Element, WireType? Key, bool Nullable)
{
    public const string Array = "array";
    public const string Map = "map";
    public const string Object = "object";
    public const string Enum = "enum";
    public const string Converter = "converter";

    /// <summary>
    /// The deepest nesting of type arguments that <see cref="Parse"/> accepts. A checkpoint nests at most
    /// <c>SessionSerializerOptions.MaxDepth</c> (up to 1000) levels, so no persisted type is deeper, and the bound
    /// keeps a damaged or hostile schema file from overflowing the stack of the compiler or a test.
    /// </summary>
    public const int MaxNesting = 1000;

    /// <summary>The scalar names, one per scalar the generator supports.</summary>
    public static readonly HashSet<string> Scalars =
    [
        "bool",
        "char",
        "sbyte",
        "byte",
        "int16",
        "uint16",
        "int32",
        "uint32",
        "int64",
        "uint64",
        "int128",
        "uint128",
        "nint",
        "nuint",
        "half",
        "single",
        "double",
        "decimal",
        "string",
        "bytes",
        "guid",
        "datetime",
        "datetimeoffset",
        "timespan",
        "dateonly",
        "timeonly",
        "uri",
        "json",
    ];

    public bool IsNamed => Head is Object or Enum or Converter;

    public override string ToString()
    {
        var text = new StringBuilder(Head);
        if (IsNamed)
        {
            text.Append('<').Append(Name).Append('>');
        }
        else if (Head == Array)
        {
            text.Append('<').Append(Element).Append('>');
        }
        else if (Head == Map)
        {
            text.Append('<').Append(Key).Append(", ").Append(Element).Append('>');
        }

        return Nullable ? text.Append('?').ToString() : text.ToString();
    }

    /// <summary>Parses <paramref name="text"/>, or returns null with the reason in <paramref name="error"/>.</summary>
    public static WireType? Parse(string text, out string error)
    {
        var position = 0;
        var type = ParseAt(text, 0, ref position, out error);
        if (type is not null && position != text.Length)
        {
            var rest = MessageExcerpt.Of(text.Substring(position));
            error = $"unexpected '{rest}' after '{MessageExcerpt.Of(text.Substring(0, position))}'";
            return null;
        }

        return type;
    }

    private static WireType? ParseAt(string text, int nesting, ref int position, out string error)
    {
        if (nesting > MaxNesting)
        {
            error = $"the type arguments are nested more than {MaxNesting} levels deep";
            return null;
        }

        var start = position;
        while (position < text.Length && char.IsLetterOrDigit(text[position]))
        {
            position++;
        }

        var head = text.Substring(start, position - start);
        WireType? type = head switch
        {
            Object or Enum or Converter => ParseNamed(head, text, ref position, out error),
            Array => ParseArguments(head, 1, text, nesting, ref position, out error),
            Map => ParseArguments(head, 2, text, nesting, ref position, out error),
            _ when Scalars.Contains(head) => Scalar(head, out error),
            _ => Unknown(head, out error),
        };
        if (type is not null && position < text.Length && text[position] == '?')
        {
            position++;
            type = type with { Nullable = true };
        }

        return type;
    }

    private static WireType Scalar(string head, out string error)
    {
        error = "";
        return new WireType(head, "", null, null, false);
    }

    private static WireType? Unknown(string head, out string error)
    {
        error = head.Length == 0 ? "a type name is missing" : $"'{head}' is not a known wire type";
        return null;
    }

    // A C# name may itself contain angle brackets (a data type nested in a generic type), so the name runs to the
    // bracket that closes the opening one.
    private static WireType? ParseNamed(string head, string text, ref int position, out string error)
    {
        if (position >= text.Length || text[position] != '<')
        {
            error = $"'{head}' needs a type name in angle brackets";
            return null;
        }

        var depth = 0;
        var start = position + 1;
        for (; position < text.Length; position++)
        {
            depth +=
                text[position] == '<' ? 1
                : text[position] == '>' ? -1
                : 0;
            if (depth == 0)
            {
                break;
            }
        }

        if (position >= text.Length || position == start)
        {
            error = $"the type name of '{head}' is empty or not closed with '>'";
            return null;
        }

        var name = text.Substring(start, position - start);
        position++;
        error = "";
        return new WireType(head, name, null, null, false);
    }

    private static WireType? ParseArguments(
        string head,
        int count,
        string text,
        int nesting,
        ref int position,
        out string error
    )
    {
        var arguments = new List<WireType>();
        var expected = '<';
        while (arguments.Count < count)
        {
            if (position >= text.Length || text[position] != expected)
            {
                error = $"'{head}' needs {count} type argument(s) in angle brackets";
                return null;
            }

            position++;
            while (expected == ',' && position < text.Length && text[position] == ' ')
            {
                position++;
            }

            var argument = ParseAt(text, nesting + 1, ref position, out error);
            if (argument is null)
            {
                return null;
            }

            arguments.Add(argument);
            expected = ',';
        }

        if (position >= text.Length || text[position] != '>')
        {
            error = $"'{head}' is not closed with '>'";
            return null;
        }

        position++;
        error = "";
        return count == 1
            ? new WireType(head, "", arguments[0], null, false)
            : new WireType(head, "", arguments[1], arguments[0], false);
    }
}
