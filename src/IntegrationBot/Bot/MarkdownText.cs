using System.Text;

namespace IntegrationBot.Bot;

/// <summary>
/// Text from the synopsis (aspect and city titles, entries) travels in <c>text</c> and <c>summary</c>, which Web Chat,
/// Teams and the Emulator render as markdown: a title such as „[Hier klicken](https://…)“ would become a link. Markdown
/// syntax characters are backslash-escaped, so they show as themselves; <c>speak</c> may be SSML, so it gets XML
/// escaping instead.
/// </summary>
public static class MarkdownText
{
    // Characters that start emphasis, code, links, images, HTML, tables or strike-through anywhere in a line.
    private const string Inline = "\\`*_[]<>~|";

    // Characters that only mean something at the start of a line (headings, quotes, lists, setext rules).
    private const string LineStart = "#>-+=";

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 16);
        var atLineStart = true;
        foreach (var character in text)
        {
            if (Inline.Contains(character, StringComparison.Ordinal) || (atLineStart && LineStart.Contains(character, StringComparison.Ordinal)))
            {
                escaped.Append('\\');
            }

            escaped.Append(character);
            atLineStart = character == '\n' || (atLineStart && character is ' ' or '\t');
        }

        return escaped.ToString();
    }

    public static string EscapeForSpeech(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return System.Security.SecurityElement.Escape(text) ?? string.Empty;
    }
}
