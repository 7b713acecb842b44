using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IntegrationBot.Core.Synopsis.Formats.Table;
using IntegrationBot.Core.Synopsis.Loading;

namespace IntegrationBot.Core.Synopsis.Formats.Xlsx;

/// <summary>
/// Excel (.xlsx): the first sheet, in either shape of <see cref="TableSynopsisReader"/>. Cells are plain text (line
/// breaks inside a cell separate blocks, see <see cref="TextCellContent"/>); shared strings, inline strings and merged
/// ranges are read with the Open XML SDK. Rows and columns in errors are Excel's ("Zeile 3, Spalte B").
/// Optional sheets: „Metadaten“ (rows "Stand" | "12.03.2026", "Bearbeitung", "Organisation", "Quelle") and „Glossar“
/// (rows "Begriff" | "Bedeutung"); the synopsis is the first sheet that is neither.
/// </summary>
public sealed class XlsxSynopsisLoader : ISynopsisLoader
{
    /// <summary>Sheet names of the optional sheets, as the writer names them (matched ignoring case).</summary>
    public const string MetadataSheet = "Metadaten";

    public const string GlossarySheet = "Glossar";

    public IReadOnlyCollection<string> Extensions { get; } = [".xlsx"];

    public LoadedSynopsis Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(path, isEditable: false);
        }
        catch (Exception ex) when (ex is not SynopsisFormatException)
        {
            throw new SynopsisFormatException(path, 0, "Excel-Arbeitsmappe", "Die Datei ist keine lesbare Excel-Arbeitsmappe (.xlsx). Bitte in Excel als „Excel-Arbeitsmappe (*.xlsx)“ speichern.", ex);
        }

        using (document)
        {
            var workbook = document.WorkbookPart;
            var sheets = workbook?.Workbook?.Sheets?.Elements<Sheet>().ToArray() ?? [];
            var sheet = sheets.FirstOrDefault(static s => !IsNamed(s, MetadataSheet) && !IsNamed(s, GlossarySheet))
                ?? throw new SynopsisFormatException(path, 0, "Excel-Arbeitsmappe", "Die Arbeitsmappe enthält kein Tabellenblatt mit der Synopse.");
            var sheetName = $"Blatt „{sheet.Name?.Value}“";
            if (sheet.Id?.Value is not { } id || workbook!.GetPartById(id) is not WorksheetPart part || part.Worksheet is null)
            {
                throw new SynopsisFormatException(path, 0, sheetName, "Das erste Blatt ist kein Tabellenblatt (z. B. ein Diagramm). Bitte die Synopse auf das erste Blatt legen.");
            }

            var sharedStrings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().ToArray() ?? [];
            var rows = ReadRows(path, sheetName, part.Worksheet, sharedStrings);
            var metadata = OptionalSheet(path, workbook, sheets, MetadataSheet, sharedStrings);
            var glossary = OptionalSheet(path, workbook, sheets, GlossarySheet, sharedStrings);
            return TableSynopsisReader.Read(
                new SynopsisTable(path, sheetName, rows, title: null, SynopsisTable.LetteredColumn) { SpreadsheetDates = true },
                builder =>
                {
                    if (metadata is not null)
                    {
                        TableSynopsisReader.ReadMetadataTable(metadata, builder);
                    }

                    if (glossary is not null)
                    {
                        TableSynopsisReader.ReadGlossaryTable(glossary, builder);
                    }
                });
        }
    }

    private static bool IsNamed(Sheet sheet, string name) =>
        string.Equals(sheet.Name?.Value?.Trim(), name, StringComparison.OrdinalIgnoreCase);

    private static SynopsisTable? OptionalSheet(string path, WorkbookPart workbook, Sheet[] sheets, string name, SharedStringItem[] sharedStrings)
    {
        if (sheets.FirstOrDefault(s => IsNamed(s, name)) is not { } sheet)
        {
            return null;
        }

        var sheetName = $"Blatt „{sheet.Name?.Value}“";
        if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part || part.Worksheet is null)
        {
            throw new SynopsisFormatException(path, 0, sheetName, $"Das Blatt „{name}“ ist kein Tabellenblatt.");
        }

        return new SynopsisTable(path, sheetName, ReadRows(path, sheetName, part.Worksheet, sharedStrings), title: null, SynopsisTable.LetteredColumn) { SpreadsheetDates = true };
    }

    private static List<Table.TableRow> ReadRows(string path, string sheetName, Worksheet worksheet, SharedStringItem[] sharedStrings)
    {
        var values = new Dictionary<(int Row, int Column), string>();
        var lastRow = 0;
        foreach (var row in worksheet.Descendants<Row>())
        {
            var rowNumber = (int?)row.RowIndex?.Value ?? lastRow + 1;
            lastRow = Math.Max(lastRow, rowNumber);
            var column = -1;
            foreach (var cell in row.Elements<Cell>())
            {
                column = cell.CellReference?.Value is { } reference ? ParseReference(reference).Column : column + 1;
                var location = new SourceLocation(path, rowNumber, $"{sheetName}, {SynopsisTable.LetteredColumn(column)}");
                values[(rowNumber, column)] = CellText(cell, sharedStrings, location);
            }
        }

        var columnCount = values.Count == 0 ? 0 : values.Keys.Max(static k => k.Column) + 1;
        var grid = new Table.TableCell?[lastRow + 1, columnCount];
        foreach (var ((row, column), text) in values)
        {
            grid[row, column] = new Table.TableCell(new TextCellContent(text), row, column);
        }

        foreach (var merge in worksheet.Descendants<MergeCell>())
        {
            if (merge.Reference?.Value?.Split(':') is not [var from, var to])
            {
                continue;
            }

            var (top, left) = ParseReference(from);
            var (bottom, right) = ParseReference(to);
            if (top > lastRow || left >= columnCount)
            {
                continue;
            }

            var origin = grid[top, left];
            for (var r = top; r <= Math.Min(bottom, lastRow); r++)
            {
                for (var c = left; c <= Math.Min(right, columnCount - 1); c++)
                {
                    grid[r, c] = origin;
                }
            }
        }

        var rows = new List<Table.TableRow>(lastRow);
        for (var r = 1; r <= lastRow; r++)
        {
            var cells = new Table.TableCell?[columnCount];
            for (var c = 0; c < columnCount; c++)
            {
                cells[c] = grid[r, c];
            }

            rows.Add(new Table.TableRow(r, cells));
        }

        return rows;
    }

    private static string CellText(Cell cell, SharedStringItem[] sharedStrings, SourceLocation location)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) || index < 0 || index >= sharedStrings.Length)
            {
                throw location.Error($"Die Zelle verweist auf einen Text, den es in der Arbeitsmappe nicht gibt (Index „{raw}“). Die Datei ist beschädigt.");
            }

            return RichText(sharedStrings[index]);
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? RichText(inline) : string.Empty;
        }

        return raw;
    }

    /// <summary>Plain or formatted text; phonetic runs (furigana) are not content.</summary>
    private static string RichText(OpenXmlElement item) =>
        item.GetFirstChild<Text>() is { } plain
            ? plain.Text
            : string.Concat(item.Elements<Run>().Select(static r => r.Text?.Text ?? string.Empty));

    /// <summary>"B12" → (12, 1).</summary>
    private static (int Row, int Column) ParseReference(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        var row = int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        return (row, column - 1);
    }
}
