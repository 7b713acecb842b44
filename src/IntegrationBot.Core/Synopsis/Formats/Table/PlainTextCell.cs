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

    /// <summary>Rows of a grid-shaped table: title row, header row ("Aspekt" + cities), one row per aspect.</summary>
    public static IReadOnlyList<string[]> Grid(SynopsisDocument document)
    {
        var width = document.Cities.Count + 1;
        var lookup = document.Entries.ToDictionary(static e => (e.City.Name, e.Aspect.Title));
        var rows = new List<string[]>(document.Aspects.Count + 2);
        var title = new string[width];
        Array.Fill(title, string.Empty);
        title[0] = document.Title;
        rows.Add(title);
        rows.Add(["Aspekt", .. document.Cities.Select(static c => c.Name)]);
        foreach (var aspect in document.Aspects)
        {
            rows.Add([aspect.Title, .. document.Cities.Select(c => Format(lookup.GetValueOrDefault((c.Name, aspect.Title))))]);
        }

        return rows;
    }
}
