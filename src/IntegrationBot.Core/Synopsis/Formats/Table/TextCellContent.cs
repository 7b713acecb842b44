using System.Text.RegularExpressions;
using IntegrationBot.Core.Synopsis.Loading;

namespace IntegrationBot.Core.Synopsis.Formats.Table;

/// <summary>
/// A plain-text cell (Excel, CSV). Each line is one block: "- " / "• " / "* " / "– " start a list item, "# " a
/// sub-heading, anything else is a paragraph. With markers on, a line "Name: text" starts a city (a name of at most
/// six words starting with a capital letter, then a colon).
/// </summary>
internal sealed partial class TextCellContent : ICellContent
{
    private readonly string[] _lines;

    public TextCellContent(string? raw)
    {
        _lines = (raw ?? string.Empty)
            .Split('\n')
            .Select(static l => SynopsisText.Normalize(l))
            .Where(static l => l.Length > 0)
            .ToArray();
        Text = string.Join("\n", _lines);
    }

    public string Text { get; }

    public bool StartsWithMarkedEntry =>
        _lines.Length > 0 && MarkerLine().Match(_lines[0]) is { Success: true } match && (match.Groups["rest"].Length > 0 || _lines.Length > 1);

    public static bool IsBulletLine(string line) =>
        line.Length > 1 && line[0] is '-' or '•' or '*' or '–' && line[1] == ' ';

    public void Feed(EntryContentBuilder builder, bool markers)
    {
        foreach (var line in _lines)
        {
            if (markers && MarkerLine().Match(line) is { Success: true } marker)
            {
                builder.StartCity(marker.Groups["name"].Value + ":");
                var rest = marker.Groups["rest"].Value;
                if (rest.Length > 0)
                {
                    FeedLine(builder, rest);
                }

                continue;
            }

            FeedLine(builder, line);
        }
    }

    private static void FeedLine(EntryContentBuilder builder, string line)
    {
        if (line.StartsWith("# ", StringComparison.Ordinal))
        {
            builder.AddSubheading(line[2..]);
        }
        else if (IsBulletLine(line))
        {
            builder.AppendListItemText(line);
            builder.EndBlock();
        }
        else
        {
            builder.AppendParagraphText(line);
            builder.EndBlock();
        }
    }

    [GeneratedRegex(@"^(?<name>\p{Lu}[^:\s]*(?:\s+[^:\s]+){0,5}?)\s*:(?:\s+(?<rest>.*))?$")]
    private static partial Regex MarkerLine();
}
