using System.Text;
using System.Text.Json.Nodes;
using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Cards;

/// <summary>
/// One city's entry (or its absence) as template data for the entry unit of <c>cards/entries.json</c>, plus the
/// same content as plain text for the reply's text version. Long entries show their start and collapse the rest
/// behind "Mehr anzeigen"; entries over the budget's hard limit are cut, and say so.
/// </summary>
public static class EntryView
{
    public const string NoEntry = "Keine Angabe in der Synopse";
    public const string ExamplesMarker = "Beispiele – die Synopse nennt hier nur Beispiele";
    private const int LongParagraphChars = 500;

    public const string Truncated = "… (gekürzt: der vollständige Eintrag steht in der Synopse)";

    /// <summary>Builds the data of one entry unit; <paramref name="heading"/> may be empty (the section already names it).</summary>
    public static JsonObject Build(string heading, Entry? entry, ContentBudget budget, CardIds ids, StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(heading);
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(text);

        if (heading.Length > 0)
        {
            text.Append(CardText.Plain(heading)).Append(entry?.ExamplesOnly == true ? " (Beispiele)" : string.Empty).AppendLine(":");
        }

        var lines = entry is null ? [] : Lines(entry, budget.MaxCharsPerEntry);
        if (lines.Count == 0)
        {
            text.AppendLine(NoEntry);
        }

        foreach (var line in lines)
        {
            text.AppendLine(line.Bullet ? "• " + line.Text : line.Text);
        }

        var blocks = new JsonArray();
        var hidden = new List<string>();
        var shown = 0;
        var total = lines.Sum(l => l.Text.Length);
        foreach (var (line, index) in lines.Select((l, i) => (l, i)))
        {
            var id = ids.Next("b");
            var visible = index == 0 || shown < budget.CollapseAfterChars || total - shown < budget.CollapseAfterChars / 3;
            if (visible)
            {
                shown += line.Text.Length;
            }
            else
            {
                hidden.Add(id);
            }

            blocks.Add(new JsonObject
            {
                ["id"] = id,
                ["visible"] = visible,
                ["spacing"] = line.Bullet && index > 0 && lines[index - 1].Bullet ? "Small" : "Default",
                ["bullet"] = line.Bullet,
                ["runs"] = new JsonArray(TextRunView.Run(line.Text, line.Bold)),
            });
        }

        var toggleId = ids.Next("t");
        return new JsonObject
        {
            ["heading"] = CardText.Markdown(heading),
            ["examplesOnly"] = entry?.ExamplesOnly ?? false,
            ["hasEntry"] = lines.Count > 0,
            ["blocks"] = blocks,
            ["collapsible"] = hidden.Count > 0,
            ["toggleId"] = toggleId,
            ["toggleTargets"] = new JsonArray([.. hidden.Append(toggleId + "-mehr").Append(toggleId + "-weniger").Select(id => (JsonNode)id)]),
        };
    }

    /// <summary>The entry as readable lines (paragraphs, sub-headings, list items), cut at <paramref name="maxChars"/>.</summary>
    internal static IReadOnlyList<Line> Lines(Entry entry, int? maxChars)
    {
        var all = entry.Blocks.SelectMany(block => block switch
        {
            Paragraph p => SplitLongParagraph(CardText.Plain(p.Text)).Select(text => new Line(text, false, false)),
            Subheading s => [new Line(CardText.Plain(s.Text), false, true)],
            BulletList l => l.Items.Select(item => new Line(CardText.Plain(item), true, false)),
            _ => [],
        }).Where(l => l.Text.Length > 0).ToList();

        if (maxChars is not { } limit || all.Sum(l => l.Text.Length) <= limit)
        {
            return all;
        }

        var kept = new List<Line>();
        var used = 0;
        foreach (var line in all)
        {
            if (used + line.Text.Length > limit)
            {
                var room = limit - used;
                if (room > 40)
                {
                    kept.Add(line with { Text = CardText.Shorten(line.Text, room) });
                }

                break;
            }

            kept.Add(line);
            used += line.Text.Length;
        }

        kept.Add(new Line(Truncated, false, false));
        return kept;
    }

    /// <summary>
    /// A very long paragraph becomes several paragraphs at sentence ends, so that most of it can collapse
    /// behind "Mehr anzeigen" instead of filling the screen.
    /// </summary>
    private static IEnumerable<string> SplitLongParagraph(string text)
    {
        if (text.Length <= LongParagraphChars)
        {
            yield return text;
            yield break;
        }

        var start = 0;
        while (text.Length - start > LongParagraphChars)
        {
            var end = text.IndexOf(". ", start + (LongParagraphChars / 2), StringComparison.Ordinal);
            if (end < 0 || end - start > LongParagraphChars * 2)
            {
                break;
            }

            yield return text[start..(end + 1)];
            start = end + 2;
        }

        yield return text[start..];
    }

    internal sealed record Line(string Text, bool Bullet, bool Bold);
}
