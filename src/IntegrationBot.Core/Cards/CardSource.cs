using System.Globalization;
using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Cards;

/// <summary>
/// The footer of every answer card: „Quelle: Titel, Organisation, Stand: 12.03.2026“, the title linked to the original
/// document when the synopsis names one. A date taken from the file's modification time says so („Stand: Datei vom …“),
/// so nobody quotes it as the editors' date.
/// </summary>
public sealed record CardSource(string Title, string? Publisher, string? Stand, Uri? Link)
{
    public static CardSource Of(SynopsisDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var provenance = document.Provenance;
        var publisher = string.Join(", ", new[] { provenance.Organisation, provenance.Editor }
            .Where(static p => !string.IsNullOrWhiteSpace(p))
            .Select(static p => p!.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase));
        return new CardSource(document.Title, publisher.Length > 0 ? publisher : null, StandOf(provenance), SafeLink(provenance.SourceUrl));
    }

    /// <summary>„12.03.2026“ (or „März 2026“, as exactly as the file says) or „Datei vom 12.03.2026“; null when nothing is known.</summary>
    public static string? StandOf(SynopsisProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        if (provenance.DateText is not { } text)
        {
            return null;
        }

        return provenance.DateFromFileModification ? "Datei vom " + text : text;
    }

    /// <summary>The footer's label; the card templates show it before <see cref="Markdown"/> („Quelle: ${source}“).</summary>
    public const string Label = "Quelle: ";

    /// <summary>„Quelle: Titel, Organisation, Stand: 12.03.2026 (https://…)“: the last line of every plain-text answer and of exports.</summary>
    public string PlainLine => Label + PlainText;

    /// <summary>„Titel, Organisation, Stand: 12.03.2026 (https://…)“: the footer without its label.</summary>
    public string PlainText
    {
        get
        {
            var text = string.Join(", ", Parts(CardText.Plain(Title)));
            return Link is null ? text : $"{text} ({Link.AbsoluteUri})";
        }
    }

    /// <summary>The same for a markdown TextBlock: every part escaped, the title a link when there is one.</summary>
    public string Markdown
    {
        get
        {
            var title = CardText.Markdown(Title);
            if (Link is not null)
            {
                title = $"[{(title.Length > 0 ? title : "Originaldokument")}]({EscapeUrl(Link)})";
            }

            return string.Join(", ", Parts(title, CardText.Markdown));
        }
    }

    private IEnumerable<string> Parts(string title, Func<string?, string>? escape = null)
    {
        escape ??= CardText.Plain;
        if (title.Length > 0)
        {
            yield return title;
        }

        if (Publisher is not null)
        {
            yield return escape(Publisher);
        }

        yield return "Stand: " + (Stand ?? "unbekannt");
    }

    /// <summary>Only web links become links: a javascript: or file: URL in a data file must not reach a card.</summary>
    private static Uri? SafeLink(Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) ? url : null;

    /// <summary>
    /// The link target for markdown: every character that could end the link early or start markup („(“, „)“, „[“, „]“,
    /// „*“, „_“, „`“, „~“, „&lt;“, „&gt;“, „\“, spaces) percent-encoded, so the address stays one link and nothing else.
    /// </summary>
    public static string EscapeUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var result = new System.Text.StringBuilder();
        foreach (var c in url.AbsoluteUri)
        {
            if (c is '(' or ')' or '[' or ']' or '*' or '_' or '`' or '~' or '<' or '>' or '\\' or ' ' or '"' or '\'')
            {
                result.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
