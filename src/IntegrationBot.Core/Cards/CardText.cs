using System.Globalization;
using System.Text;

namespace IntegrationBot.Core.Cards;

/// <summary>
/// Makes text safe for a card. Synopsis content goes into TextRuns, which Adaptive Cards never read as markdown;
/// anything placed in a TextBlock (names, titles, echoed user words) is escaped so it cannot become a link,
/// emphasis, list or heading. Control and bidi-override characters are removed from both, so a name cannot
/// flip the reading direction of the rest of a line.
/// </summary>
public static class CardText
{
    // Characters that start or end Adaptive Card (CommonMark subset) markup anywhere in a line.
    private const string InlineMarkup = "\\*_[]`~<";

    /// <summary>Plain text for a TextRun or for the reply's text version: no control/format characters, tidy whitespace.</summary>
    public static string Plain(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (rune.Value is '\n' or '\r' or '\t' or ' ')
            {
                result.Append(' ');
            }
            else if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                && rune.Value != 0x200D)
            {
                // Dropped: bidi overrides/isolates, zero-width tricks, NUL etc. ZWJ stays so composed emoji survive.
                continue;
            }
            else
            {
                result.Append(rune.ToString());
            }
        }

        return CollapseSpaces(result.ToString());
    }

    /// <summary>
    /// Card text with a line-break opportunity (zero-width space) after a slash between letters: browsers do not break
    /// „Staatsangehörigkeitsangelegenheiten/Einbürgerungen“ there, and on a phone the pair is wider than the card.
    /// Only for what the card shows; the text version and speech keep the plain text.
    /// </summary>
    public static string Breakable(string plain)
    {
        ArgumentNullException.ThrowIfNull(plain);
        if (!plain.Contains('/', StringComparison.Ordinal))
        {
            return plain;
        }

        var result = new StringBuilder(plain.Length + 4);
        for (var i = 0; i < plain.Length; i++)
        {
            result.Append(plain[i]);
            if (plain[i] == '/' && i > 0 && i + 1 < plain.Length && char.IsLetter(plain[i - 1]) && char.IsLetter(plain[i + 1]))
            {
                result.Append('\u200B');
            }
        }

        return result.ToString();
    }

    /// <summary><see cref="Plain"/> line by line: for the reply's multi-line text version.</summary>
    public static string PlainLines(string? text) =>
        string.Join("\n", (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n').Select(Plain));

    /// <summary>Text for a markdown TextBlock: <see cref="Plain"/>, then every markup character escaped.</summary>
    public static string Markdown(string? text)
    {
        var plain = Plain(text);
        var result = new StringBuilder(plain.Length + 8);
        for (var i = 0; i < plain.Length; i++)
        {
            var c = plain[i];
            var atLineStart = i == 0;
            if (InlineMarkup.Contains(c, StringComparison.Ordinal) || (atLineStart && c is '#' or '-' or '+' or '=' or '>'))
            {
                result.Append('\\');
            }

            result.Append(c);
        }

        // "1. Text" at the start would become a numbered list.
        var escaped = result.ToString();
        var digits = escaped.TakeWhile(char.IsAsciiDigit).Count();
        return digits > 0 && digits < escaped.Length && escaped[digits] == '.' ? escaped[..digits] + "\\" + escaped[digits..] : escaped;
    }

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="maxLength"/> characters at a word boundary, with an ellipsis.</summary>
    public static string Shorten(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', Math.Max(0, maxLength - 1));
        cut = cut < maxLength / 2 ? maxLength - 1 : cut;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut].TrimEnd() + "…";
    }

    private static string CollapseSpaces(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (c == ' ')
            {
                if (!space)
                {
                    result.Append(c);
                }

                space = true;
            }
            else
            {
                result.Append(c);
                space = false;
            }
        }

        return result.ToString();
    }
}
