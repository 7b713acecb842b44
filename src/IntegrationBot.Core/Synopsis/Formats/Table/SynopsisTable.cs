namespace IntegrationBot.Core.Synopsis.Formats.Table;

/// <summary>
/// The first table of a Word document, the first sheet of a workbook, or a CSV file, as a grid of cells with merges
/// expanded. Rows keep the numbers the user sees (Excel row number, Word table row, CSV record).
/// </summary>
internal sealed class SynopsisTable
{
    public SynopsisTable(string source, string tableName, IReadOnlyList<TableRow> rows, string? title, Func<int, string> columnLabel)
    {
        Source = source;
        TableName = tableName;
        Rows = rows;
        Title = title;
        ColumnLabel = columnLabel;
    }

    public string Source { get; }

    /// <summary>"Tabelle 1", "Blatt „Synopse“", or "CSV": used in every error message.</summary>
    public string TableName { get; }

    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>A title found outside the table (the paragraph above a Word table); null when the table has to supply it.</summary>
    public string? Title { get; }

    /// <summary>How the format names a 0-based column: "B" in Excel, "Spalte 2" elsewhere.</summary>
    public Func<int, string> ColumnLabel { get; }

    /// <summary>A spreadsheet: a date typed into a cell arrives as Excel's day number.</summary>
    public bool SpreadsheetDates { get; init; }

    public static string NumberedColumn(int index) => $"Spalte {index + 1}";

    public static string LetteredColumn(int index)
    {
        var label = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            label = (char)('A' + ((n - 1) % 26)) + label;
        }

        return $"Spalte {label}";
    }
}

/// <summary>One row of a <see cref="SynopsisTable"/>; <see cref="Cells"/> is indexed by grid column, null for no cell.</summary>
internal sealed record TableRow(int Number, IReadOnlyList<TableCell?> Cells)
{
    public TableCell? this[int column] => column < Cells.Count ? Cells[column] : null;

    public bool IsEmpty => Cells.All(static c => c is null || c.IsEmpty);
}
