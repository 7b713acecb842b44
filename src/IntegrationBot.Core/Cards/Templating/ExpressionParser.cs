using System.Globalization;

namespace IntegrationBot.Core.Cards.Templating;

/// <summary>
/// Recursive-descent parser for the expression subset: literals, paths (<c>a.b[0]</c>, <c>$root</c>, <c>$data</c>,
/// <c>$index</c>), <c>!</c>, <c>+</c>, comparisons, <c>&amp;&amp;</c>, <c>||</c>, parentheses and the calls in
/// <see cref="TemplateFunctions"/>. Anything else throws <see cref="TemplateSyntaxException"/> with the reason.
/// </summary>
internal sealed class ExpressionParser
{
    private static readonly string[] Operators = ["&&", "||", "==", "!=", ">=", "<=", ">", "<", "+", "!", "(", ")", "[", "]", ".", ","];

    private readonly string _text;
    private int _pos;

    private ExpressionParser(string text) => _text = text;

    public static TemplateExpression Parse(string text)
    {
        var parser = new ExpressionParser(text);
        var expression = parser.ParseOr();
        parser.SkipSpace();
        if (parser._pos < text.Length)
        {
            throw new TemplateSyntaxException($"unerwartetes Zeichen '{text[parser._pos]}' an Position {parser._pos + 1}");
        }

        return expression;
    }

    private TemplateExpression ParseOr() => ParseLeftAssociative(ParseAnd, "||");

    private TemplateExpression ParseAnd() => ParseLeftAssociative(ParseEquality, "&&");

    private TemplateExpression ParseEquality() => ParseLeftAssociative(ParseRelational, "==", "!=");

    private TemplateExpression ParseRelational() => ParseLeftAssociative(ParseAdditive, ">=", "<=", ">", "<");

    private TemplateExpression ParseAdditive() => ParseLeftAssociative(ParseUnary, "+");

    private TemplateExpression ParseLeftAssociative(Func<TemplateExpression> next, params string[] operators)
    {
        var left = next();
        while (operators.FirstOrDefault(TryConsume) is { } op)
        {
            left = new BinaryExpression(op, left, next());
        }

        return left;
    }

    private TemplateExpression ParseUnary()
    {
        if (TryConsume("!"))
        {
            return new NotExpression(ParseUnary());
        }

        var expression = ParsePrimary();
        while (true)
        {
            if (TryConsume("."))
            {
                expression = new MemberExpression(expression, ReadIdentifier() ?? throw Error("Feldname nach '.' erwartet"));
            }
            else if (TryConsume("["))
            {
                var index = ParseOr();
                Expect("]");
                expression = new IndexExpression(expression, index);
            }
            else
            {
                return expression;
            }
        }
    }

    private TemplateExpression ParsePrimary()
    {
        SkipSpace();
        if (_pos >= _text.Length)
        {
            throw Error("Ausdruck endet unerwartet");
        }

        var c = _text[_pos];
        if (c is '\'' or '"')
        {
            return new LiteralExpression(ReadString(c));
        }

        if (char.IsAsciiDigit(c))
        {
            return new LiteralExpression(ReadNumber());
        }

        if (TryConsume("("))
        {
            var inner = ParseOr();
            Expect(")");
            return inner;
        }

        var name = ReadIdentifier() ?? throw Error($"unerwartetes Zeichen '{c}'");
        switch (name)
        {
            case "true":
                return new LiteralExpression(true);
            case "false":
                return new LiteralExpression(false);
            case "null":
                return new LiteralExpression(null);
        }

        if (!TryConsume("("))
        {
            if (name.StartsWith('$') && name is not ("$root" or "$data" or "$index"))
            {
                throw Error($"'{name}' wird nicht unterstützt (nur $root, $data, $index)");
            }

            return new RootExpression(name);
        }

        var args = new List<TemplateExpression>();
        if (!TryConsume(")"))
        {
            do
            {
                args.Add(ParseOr());
            }
            while (TryConsume(","));
            Expect(")");
        }

        if (TemplateFunctions.Check(name, args.Count) is { } problem)
        {
            throw Error(problem);
        }

        return new CallExpression(name, args);
    }

    private string ReadString(char quote)
    {
        var start = ++_pos;
        var end = _text.IndexOf(quote, start);
        if (end < 0)
        {
            throw Error("Text-Literal ohne Ende");
        }

        var value = _text[start..end];
        if (value.Contains('\\', StringComparison.Ordinal))
        {
            throw Error("Escape-Sequenzen in Text-Literalen werden nicht unterstützt");
        }

        _pos = end + 1;
        return value;
    }

    private double ReadNumber()
    {
        var start = _pos;
        while (_pos < _text.Length && (char.IsAsciiDigit(_text[_pos]) || _text[_pos] == '.'))
        {
            _pos++;
        }

        return double.Parse(_text.AsSpan(start, _pos - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    private string? ReadIdentifier()
    {
        SkipSpace();
        var start = _pos;
        while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] is '_' || (_text[_pos] == '$' && _pos == start)))
        {
            _pos++;
        }

        return _pos > start && !char.IsAsciiDigit(_text[start]) ? _text[start.._pos] : null;
    }

    private bool TryConsume(string token)
    {
        SkipSpace();
        if (!_text.AsSpan(_pos).StartsWith(token, StringComparison.Ordinal))
        {
            return false;
        }

        // "!" must not swallow the start of "!=", ">" not ">=", etc.
        var longer = Operators.Any(o => o.Length > token.Length && o.StartsWith(token, StringComparison.Ordinal)
            && _text.AsSpan(_pos).StartsWith(o, StringComparison.Ordinal));
        if (longer)
        {
            return false;
        }

        _pos += token.Length;
        return true;
    }

    private void Expect(string token)
    {
        if (!TryConsume(token))
        {
            throw Error($"'{token}' erwartet");
        }
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private TemplateSyntaxException Error(string reason) => new($"{reason} (Position {_pos + 1})");
}

/// <summary>Unsupported or malformed expression syntax; the loader adds template name and expression.</summary>
internal sealed class TemplateSyntaxException(string reason) : Exception(reason);
