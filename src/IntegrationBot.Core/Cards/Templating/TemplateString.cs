using System.Text;

namespace IntegrationBot.Core.Cards.Templating;

/// <summary>
/// A template string: plain text, exactly one <c>${expression}</c> (keeps the value's JSON type), or text with
/// interpolated expressions (always a string) — the same three cases as adaptivecards-templating.
/// </summary>
internal sealed class TemplateString
{
    private readonly IReadOnlyList<object> _parts; // string literal text or TemplateExpression

    private TemplateString(string source, IReadOnlyList<object> parts)
    {
        Source = source;
        _parts = parts;
    }

    public string Source { get; }

    public bool HasExpressions => _parts.Any(p => p is TemplateExpression);

    /// <summary>The string is one expression and nothing else: its value keeps its type (bool, number, array, object).</summary>
    public TemplateExpression? Single => _parts is [TemplateExpression e] ? e : null;

    public static TemplateString Parse(string source)
    {
        var parts = new List<object>();
        var literal = new StringBuilder();
        var pos = 0;
        while (pos < source.Length)
        {
            var start = source.IndexOf("${", pos, StringComparison.Ordinal);
            if (start < 0)
            {
                literal.Append(source, pos, source.Length - pos);
                break;
            }

            literal.Append(source, pos, start - pos);
            var end = FindClosingBrace(source, start + 2);
            if (literal.Length > 0)
            {
                parts.Add(literal.ToString());
                literal.Clear();
            }

            parts.Add(ExpressionParser.Parse(source[(start + 2)..end]));
            pos = end + 1;
        }

        if (literal.Length > 0)
        {
            parts.Add(literal.ToString());
        }

        if (parts.Any(p => p is TemplateExpression) && parts.OfType<string>().Any(s => s.IndexOfAny(['`', '\\']) >= 0))
        {
            // The official SDK parses such strings as a backtick template, where these characters are escapes.
            throw new TemplateSyntaxException("Backtick und Backslash neben ${…} werden nicht unterstützt");
        }

        return new TemplateString(source, parts);
    }

    public object? Evaluate(TemplateScope scope)
    {
        if (Single is { } single)
        {
            return single.Evaluate(scope);
        }

        if (!HasExpressions)
        {
            return Source;
        }

        var text = new StringBuilder();
        foreach (var part in _parts)
        {
            text.Append(part is TemplateExpression e ? TemplateExpression.ToInterpolatedText(e.Evaluate(scope)) : (string)part);
        }

        return text.ToString();
    }

    private static int FindClosingBrace(string source, int from)
    {
        char? quote = null;
        var depth = 0;
        for (var i = from; i < source.Length; i++)
        {
            var c = source[i];
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                if (depth == 0)
                {
                    return i;
                }

                depth--;
            }
        }

        throw new TemplateSyntaxException("'${' ohne schließende '}'");
    }
}
