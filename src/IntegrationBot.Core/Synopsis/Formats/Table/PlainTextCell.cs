using IntegrationBot.Core.Synopsis.Loading;

namespace IntegrationBot.Core.Synopsis.Formats.Table;

/// <summary>
/// Writes an entry as the plain-text cell that <see cref="TextCellContent"/> reads back: "z.B.:" first for examples,
/// "# " before a sub-heading, "- " before each list item, one paragraph per line.
/// </summary>
internal static class PlainTextCell
{
    public const string ExamplesPrefix = "z.B.:";

    public static string Format(Entry? entry)
    {
        if (entry is null)
        {
            return string.Empty;
        }

        var lines = new List<string>();
        if (entry.ExamplesOnly)
        {
            lines.Add(ExamplesPrefix);
        }

        foreach (var block in entry.Blocks)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    lines.Add(paragraph.Text);
                    break;
                case Subheading heading:
                    lines.Add("# " + heading.Text);
                    break;
                case BulletList list:
                    lines.AddRange(list.Items.Select(static item => "- " + item));
                    break;
                default:
                    throw new NotSupportedException($"Unbekannter Inhaltsblock {block.GetType().Name}.");
            }
        }

        return string.Join("\n", lines);
    }

    /// <summary>
    /// Rows of a grid-shaped table: title row, header row ("Aspekt", "Stichworte" when any aspect has keywords, then the
    /// cities), one row per aspect. With <paramref name="metadata"/>, provenance rows ("Stand:" | value) follow the title
    /// and a glossary block ("Glossar" | "Bedeutung", then a row per term) ends the table: the single-table formats (CSV).
    /// </summary>
    public static IReadOnlyList<string[]> Grid(SynopsisDocument document, bool metadata = false)
    {
        var keywords = HasKeywords(document);
        var width = document.Cities.Count + (keywords ? 2 : 1);
        var lookup = document.Entries.ToDictionary(static e => (e.City.Name, e.Aspect.Title));
        var rows = new List<string[]>(document.Aspects.Count + 2);
        rows.Add(Row(width, document.Title));
        if (metadata)
        {
            rows.AddRange(MetadataLabels.ProvenanceLines(document.Provenance).Select(p => Row(width, MetadataLabels.LabelOf(p.Field) + ":", p.Value)));
        }

        string[] keywordHeader = keywords ? [MetadataLabels.LabelOf(MetadataField.Keywords)] : [];
        rows.Add(["Aspekt", .. keywordHeader, .. document.Cities.Select(static c => c.Name)]);
        foreach (var aspect in document.Aspects)
        {
            string[] keywordCell = keywords ? [string.Join("; ", aspect.Keywords)] : [];
            rows.Add([aspect.Title, .. keywordCell, .. document.Cities.Select(c => Format(lookup.GetValueOrDefault((c.Name, aspect.Title))))]);
        }

        if (metadata && document.Glossary.Count > 0)
        {
            rows.Add(Row(width, MetadataLabels.LabelOf(MetadataField.Glossary), MetadataLabels.DefinitionHeaders[0]));
            rows.AddRange(document.Glossary.Select(t => Row(width, t.Term, t.Definition)));
        }

        return rows;
    }

    public static bool HasKeywords(SynopsisDocument document) => document.Aspects.Any(static a => a.Keywords.Count > 0);

    private static string[] Row(int width, params string[] values)
    {
        var row = new string[Math.Max(width, values.Length)];
        Array.Fill(row, string.Empty);
        values.CopyTo(row, 0);
        return row;
    }
}
