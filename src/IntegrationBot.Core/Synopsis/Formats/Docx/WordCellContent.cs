using IntegrationBot.Core.Synopsis.Formats.Table;
using IntegrationBot.Core.Synopsis.Loading;

namespace IntegrationBot.Core.Synopsis.Formats.Docx;

/// <summary>
/// A Word table cell. With markers on, an emphasised (underlined or bold) "City:" at the start of a paragraph starts a
/// city, as in the seed. A paragraph that is emphasised throughout (and short) or in a heading style is a sub-heading;
/// numbered/bulleted paragraphs (or ones typed with "- ", "• ") are list items; everything else is a paragraph.
/// </summary>
internal sealed class WordCellContent : ICellContent
{
    private const int MaxHeadingLength = 120;
    private readonly IReadOnlyList<WordParagraph> _paragraphs;

    public WordCellContent(IReadOnlyList<WordParagraph> paragraphs)
    {
        _paragraphs = paragraphs.Where(static p => p.Text.Length > 0).ToArray();
        Text = string.Join("\n", _paragraphs.Select(static p => p.Text));
    }

    public string Text { get; }

    public bool StartsWithMarkedEntry =>
        _paragraphs.Count > 0 && TrySplitMarker(_paragraphs[0], out _, out var rest) && (rest.Length > 0 || _paragraphs.Count > 1);

    public void Feed(EntryContentBuilder builder, bool markers)
    {
        foreach (var paragraph in _paragraphs)
        {
            if (markers && TrySplitMarker(paragraph, out var marker, out var rest))
            {
                builder.StartCity(marker);
                if (rest.Length > 0)
                {
                    FeedText(builder, rest, paragraph.IsListItem);
                }

                continue;
            }

            if (paragraph.IsHeading || (!paragraph.IsListItem && paragraph.IsEmphasised && paragraph.Text.Length <= MaxHeadingLength && !CityMarker.TryStripExamplesPrefix(paragraph.Text, out _)))
            {
                builder.AddSubheading(paragraph.Text);
                continue;
            }

            FeedText(builder, paragraph.Text, paragraph.IsListItem);
        }
    }

    private static void FeedText(EntryContentBuilder builder, string text, bool isListItem)
    {
        if (isListItem || TextCellContent.IsBulletLine(text))
        {
            builder.AppendListItemText(text);
        }
        else
        {
            builder.AppendParagraphText(text);
        }

        builder.EndBlock();
    }

    /// <summary>Splits "<u>München z.B.:</u> Text" (also "<u>München</u>: Text") into marker and rest.</summary>
    private static bool TrySplitMarker(WordParagraph paragraph, out string marker, out string rest)
    {
        marker = string.Empty;
        rest = string.Empty;
        var leading = 0;
        while (leading < paragraph.Runs.Count && (paragraph.Runs[leading].Emphasised || string.IsNullOrWhiteSpace(paragraph.Runs[leading].Text)))
        {
            leading++;
        }

        var prefix = SynopsisText.Normalize(string.Concat(paragraph.Runs.Take(leading).Select(static r => r.Text)));
        var remainder = string.Concat(paragraph.Runs.Skip(leading).Select(static r => r.Text));
        if (!CityMarker.IsMarkerText(prefix))
        {
            var trimmed = remainder.TrimStart();
            if (prefix.Length == 0 || !trimmed.StartsWith(':'))
            {
                return false;
            }

            prefix += ":";
            remainder = trimmed[1..];
        }

        // Emphasised text with a colon in the middle ("Ziel: mehr Teilhabe" in bold) is a heading line, not a city.
        if (prefix.IndexOf(':', StringComparison.Ordinal) < prefix.Length - 1)
        {
            return false;
        }

        marker = prefix;
        rest = SynopsisText.Normalize(remainder);
        return true;
    }
}
