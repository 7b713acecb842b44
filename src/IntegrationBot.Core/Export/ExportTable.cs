namespace IntegrationBot.Core.Export;

/// <summary>
/// The content of an exported file: the card's title, cities as columns, aspects as rows, each cell the same text the
/// card shows for that entry (or „Keine Angabe in der Synopse“), and the source line with its date.
/// </summary>
public sealed record ExportTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<ExportRow> Rows, string Source, IReadOnlyList<string> Notes);

/// <summary>One aspect: its title and one cell per column.</summary>
public sealed record ExportRow(string Aspect, IReadOnlyList<ExportCell> Cells);

/// <summary>One entry's text, line by line (list items start with „• “); <see cref="HasEntry"/> false for „keine Angabe“.</summary>
public sealed record ExportCell(bool HasEntry, IReadOnlyList<string> Lines)
{
    public string Text => string.Join("\n", Lines);
}
