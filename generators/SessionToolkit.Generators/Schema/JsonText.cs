using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace SessionToolkit.Generators.Schema;

/// <summary>A parsed JSON value with the span of its text, so that errors can point into the schema file.</summary>
/// <remarks>
/// The generator targets netstandard2.0 and runs inside compilers that may not carry System.Text.Json, so it reads
/// its small schema file with this parser of its own.
/// </remarks>
internal abstract class JsonText(TextSpan span)
{
    public TextSpan Span { get; } = span;

    /// <summary>What the value is, for messages such as "expected an object, found a string".</summary>
    public abstract string Kind { get; }
}

/// <summary>A JSON object; its members keep the order of the file.</summary>
internal sealed class JsonObjectText(TextSpan span, List<JsonMemberText> members) : JsonText(span)
{
    public List<JsonMemberText> Members { get; } = members;

    public override string Kind => "an object";
}

/// <summary>One member of a JSON object, with the span of its name.</summary>
internal sealed record JsonMemberText(string Name, TextSpan NameSpan, JsonText Value);

internal sealed class JsonArrayText(TextSpan span, List<JsonText> items) : JsonText(span)
{
    public List<JsonText> Items { get; } = items;

    public override string Kind => "an array";
}

internal sealed class JsonStringText(TextSpan span, string value) : JsonText(span)
{
    public string Value { get; } = value;

    public override string Kind => "a string";
}

/// <summary>A JSON number, kept as its text so that no value is rounded.</summary>
internal sealed class JsonNumberText(TextSpan span, string text) : JsonText(span)
{
    public string Text { get; } = text;

    public override string Kind => "a number";
}

/// <summary><c>true</c>, <c>false</c> or <c>null</c>.</summary>
internal sealed class JsonLiteralText(TextSpan span, string text) : JsonText(span)
{
    public string Text { get; } = text;

    public override string Kind => Text == "null" ? "null" : "a boolean";
}

/// <summary>An error in the schema file, at the span it concerns.</summary>
internal sealed class SchemaFormatException(string message, TextSpan span) : Exception(message)
{
    public TextSpan Span { get; } = span;
}

/// <summary>Parses JSON text (RFC 8259) into <see cref="JsonText"/> values.</summary>
internal sealed class JsonTextParser
{
    // The file is written by the tools and edited by hand at most a little, so a fixed bound on nesting is enough
    // and keeps a damaged file from exhausting the stack.
    private const int MaxDepth = 64;

    private readonly string _text;
    private int _position;

    private JsonTextParser(string text) => _text = text;

    /// <summary>Parses one JSON document.</summary>
    /// <exception cref="SchemaFormatException">The text is not valid JSON.</exception>
    public static JsonText Parse(string text)
    {
        var parser = new JsonTextParser(text);
        if (parser._position < text.Length && text[0] == '\uFEFF')
        {
            parser._position++;
        }

        var value = parser.ParseValue(0);
        parser.SkipWhitespace();
        if (parser._position < text.Length)
        {
            throw parser.Error("unexpected text after the end of the JSON document");
        }

        return value;
    }

    private JsonText ParseValue(int depth)
    {
        SkipWhitespace();
        if (_position >= _text.Length)
        {
            throw Error("the JSON document ends where a value was expected");
        }

        if (depth > MaxDepth)
        {
            throw Error($"the JSON is nested more than {MaxDepth} levels deep");
        }

        return _text[_position] switch
        {
            '{' => ParseObject(depth),
            '[' => ParseArray(depth),
            '"' => ParseString(),
            't' => ParseLiteral("true"),
            'f' => ParseLiteral("false"),
            'n' => ParseLiteral("null"),
            var c when c == '-' || (c >= '0' && c <= '9') => ParseNumber(),
            var c => throw Error($"unexpected character '{c}' where a value was expected"),
        };
    }

    private JsonObjectText ParseObject(int depth)
    {
        var start = _position++;
        var members = new List<JsonMemberText>();
        SkipWhitespace();
        if (TryConsume('}'))
        {
            return new JsonObjectText(SpanFrom(start), members);
        }

        while (true)
        {
            SkipWhitespace();
            if (_position >= _text.Length || _text[_position] != '"')
            {
                throw Error("expected a member name in double quotes");
            }

            var name = ParseString();
            SkipWhitespace();
            Expect(':');
            members.Add(new JsonMemberText(name.Value, name.Span, ParseValue(depth + 1)));
            SkipWhitespace();
            if (TryConsume('}'))
            {
                return new JsonObjectText(SpanFrom(start), members);
            }

            Expect(',');
        }
    }

    private JsonArrayText ParseArray(int depth)
    {
        var start = _position++;
        var items = new List<JsonText>();
        SkipWhitespace();
        if (TryConsume(']'))
        {
            return new JsonArrayText(SpanFrom(start), items);
        }

        while (true)
        {
            items.Add(ParseValue(depth + 1));
            SkipWhitespace();
            if (TryConsume(']'))
            {
                return new JsonArrayText(SpanFrom(start), items);
            }

            Expect(',');
        }
    }

    private JsonStringText ParseString()
    {
        var start = _position++;
        var value = new StringBuilder();
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            if (c == '"')
            {
                return new JsonStringText(SpanFrom(start), value.ToString());
            }

            if (c < ' ')
            {
                _position--;
                throw Error("a string contains a control character; write it as an escape such as \\n");
            }

            value.Append(c == '\\' ? ParseEscape() : c);
        }

        throw Error("a string is not closed with '\"'");
    }

    private char ParseEscape()
    {
        if (_position >= _text.Length)
        {
            throw Error("a string ends inside an escape");
        }

        var c = _text[_position++];
        switch (c)
        {
            case '"' or '\\' or '/':
                return c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u' when _position + 4 <= _text.Length:
                var hex = _text.Substring(_position, 4);
                if (ushort.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    _position += 4;
                    return (char)code;
                }

                break;
        }

        _position--;
        throw Error($"'\\{c}' is not a valid escape");
    }

    private JsonLiteralText ParseLiteral(string literal)
    {
        var start = _position;
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            throw Error($"unexpected text where '{literal}' or another value was expected");
        }

        _position += literal.Length;
        return new JsonLiteralText(SpanFrom(start), literal);
    }

    private JsonNumberText ParseNumber()
    {
        var start = _position;
        TryConsume('-');
        if (!TryConsume('0') && !ConsumeDigits())
        {
            throw Error("a number has no digits");
        }

        if (TryConsume('.') && !ConsumeDigits())
        {
            throw Error("a number has no digits after its decimal point");
        }

        if (TryConsume('e') || TryConsume('E'))
        {
            _ = TryConsume('+') || TryConsume('-');
            if (!ConsumeDigits())
            {
                throw Error("a number has no digits in its exponent");
            }
        }

        return new JsonNumberText(SpanFrom(start), _text.Substring(start, _position - start));
    }

    private bool ConsumeDigits()
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
        {
            _position++;
        }

        return _position > start;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r')
        {
            _position++;
        }
    }

    private bool TryConsume(char c)
    {
        if (_position < _text.Length && _text[_position] == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        if (!TryConsume(c))
        {
            var found = _position < _text.Length ? $"'{_text[_position]}'" : "the end of the file";
            throw Error($"expected '{c}', found {found}");
        }
    }

    private TextSpan SpanFrom(int start) => TextSpan.FromBounds(start, _position);

    private SchemaFormatException Error(string message) =>
        new(message, new TextSpan(Math.Min(_position, _text.Length), _position < _text.Length ? 1 : 0));
}
