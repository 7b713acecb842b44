using System.Text;
using IntegrationBot.Core.Synopsis.Loading;

namespace IntegrationBot.Core.Synopsis.Formats.Tsv;

/// <summary>
/// Writes the seed format: title line, then "ASPECT&lt;TAB&gt;cell" with &lt;p&gt;&lt;u&gt;City:&lt;/u&gt; …&lt;/p&gt;,
/// &lt;p&gt;&lt;u&gt;Sub-heading&lt;/u&gt;&lt;/p&gt; and closed &lt;ul&gt;&lt;li&gt; lists; provenance as "# Stand: …" lines under
/// the title, keywords as "# Stichworte: …" under their aspect row, the glossary as "# Glossar: TERM = …" lines at the end.
/// A date that only came from the source file's modification time is not written: the new file has its own.
/// </summary>
public sealed class TsvSynopsisWriter : ISynopsisWriter
{
    public IReadOnlyCollection<string> Extensions { get; } = [".tsv"];

    public void Write(SynopsisDocument document, string path)
    {
        ArgumentNullException.ThrowIfNull(document);
        File.WriteAllText(path, ToText(document), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    public static string ToText(SynopsisDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var placeholders = CityOrderPlaceholders(document);
        var text = new StringBuilder();
        text.Append('\n').Append(document.Title.Length > 0 ? document.Title : "Synopse").Append('\n');
        foreach (var (field, value) in MetadataLabels.ProvenanceLines(document.Provenance))
        {
            text.Append("# ").Append(MetadataLabels.LabelOf(field)).Append(": ").Append(value).Append('\n');
        }

        text.Append('\n');
        for (var row = 0; row < document.Aspects.Count; row++)
        {
            var aspect = document.Aspects[row];
            var cells = new List<string>();
            foreach (var city in document.Cities)
            {
                if (document.Entries.FirstOrDefault(e => e.Aspect == aspect && e.City == city) is { } entry)
                {
                    cells.Add(Cell(entry));
                }
                else if (placeholders.TryGetValue(city, out var placeholderRow) && placeholderRow == row)
                {
                    cells.Add($"<p><u>{Escape(city.Name)}:</u></p>");
                }
            }

            text.Append(aspect.Title).Append('\t').AppendJoin(' ', cells).Append('\n');
            if (aspect.Keywords.Count > 0)
            {
                text.Append("# ").Append(MetadataLabels.LabelOf(MetadataField.Keywords)).Append(": ").AppendJoin("; ", aspect.Keywords).Append('\n');
            }
        }

        if (document.Glossary.Count > 0)
        {
            text.Append('\n');
            foreach (var term in document.Glossary)
            {
                text.Append("# ").Append(MetadataLabels.LabelOf(MetadataField.Glossary)).Append(": ").Append(term.Term).Append(" = ").Append(term.Definition).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Cell(Entry entry)
    {
        var html = new StringBuilder();
        var marker = $"<u>{Escape(entry.City.Name)}{(entry.ExamplesOnly ? " z.B." : string.Empty)}:</u>";
        var blocks = entry.Blocks.ToList();
        if (blocks is [Paragraph first, ..])
        {
            html.Append("<p>").Append(marker).Append(' ').Append(Escape(first.Text)).Append("</p>");
            blocks.RemoveAt(0);
        }
        else
        {
            html.Append("<p>").Append(marker).Append("</p>");
        }

        foreach (var block in blocks)
        {
            html.Append(' ').Append(block switch
            {
                Paragraph p => $"<p>{Escape(p.Text)}</p>",

                // A heading ending in a colon would read as a city marker when underlined: bold keeps it a heading.
                Subheading s when s.Text.EndsWith(':') => $"<p><strong>{Escape(s.Text)}</strong></p>",
                Subheading s => $"<p><u>{Escape(s.Text)}</u></p>",
                BulletList l => "<ul>" + string.Concat(l.Items.Select(static i => $"<li>{Escape(i)}</li>")) + "</ul>",
                _ => throw new NotSupportedException($"Unbekannter Inhaltsblock {block.GetType().Name}."),
            });
        }

        return html.ToString();
    }

    /// <summary>
    /// The reader orders cities by first appearance. Where the entries alone would give another order (a city that
    /// first appears in a later row than the next city), an empty "City:" marker in an earlier row keeps the order.
    /// Returns, per city needing one, the row for its empty marker.
    /// </summary>
    private static Dictionary<City, int> CityOrderPlaceholders(SynopsisDocument document)
    {
        var lastRow = Math.Max(0, document.Aspects.Count - 1);
        var firstRow = document.Cities.ToDictionary(
            static c => c,
            c => document.Entries.Where(e => e.City == c).Select(static e => e.Aspect.Order).DefaultIfEmpty(int.MaxValue).Min());
        var placeholders = new Dictionary<City, int>();
        var latest = lastRow;
        for (var i = document.Cities.Count - 1; i >= 0; i--)
        {
            var city = document.Cities[i];
            var row = Math.Min(firstRow[city], latest);
            if (row != firstRow[city])
            {
                placeholders[city] = row;
            }

            latest = row;
        }

        return placeholders;
    }

    /// <summary>Only the characters HTML needs escaped in text: umlauts and quotes stay readable.</summary>
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
}
