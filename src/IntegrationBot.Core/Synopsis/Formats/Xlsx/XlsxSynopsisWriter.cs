using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IntegrationBot.Core.Synopsis.Formats.Table;
using IntegrationBot.Core.Synopsis.Loading;

namespace IntegrationBot.Core.Synopsis.Formats.Xlsx;

/// <summary>
/// Writes an Excel workbook for an office to edit: sheet "Synopse", title in A1 (merged over the width), header row of
/// cities in row 2, one row per aspect; cells are wrapped plain text (see <see cref="PlainTextCell"/>). Header row and
/// aspect column are frozen so they stay visible while scrolling. Keywords are the column „Stichworte“ after the
/// aspects; provenance goes to the sheet „Metadaten“ (Angabe | Wert), the glossary to the sheet „Glossar“ (Begriff |
/// Bedeutung), each written only when there is something to write.
/// </summary>
public sealed class XlsxSynopsisWriter : ISynopsisWriter
{
    private const uint WrapStyle = 1;
    private const uint BoldWrapStyle = 2;

    public IReadOnlyCollection<string> Extensions { get; } = [".xlsx"];

    public void Write(SynopsisDocument document, string path)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(path);
        using var spreadsheet = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = spreadsheet.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var strings = new SharedStrings(workbook.AddNewPart<SharedStringTablePart>());
        var grid = PlainTextCell.Grid(document);
        var frozenColumns = PlainTextCell.HasKeywords(document) ? 2 : 1;
        var sheets = new Sheets();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        sheetPart.Worksheet = Sheet(grid, strings, boldRows: 2, frozenColumns, mergeTitle: true);
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1U, Name = "Synopse" });

        var metadata = MetadataLabels.ProvenanceLines(document.Provenance)
            .Select(static p => new[] { MetadataLabels.LabelOf(p.Field), p.Value })
            .ToList();
        if (metadata.Count > 0)
        {
            AddSideSheet(workbook, sheets, strings, XlsxSynopsisLoader.MetadataSheet, [["Angabe", "Wert"], .. metadata]);
        }

        if (document.Glossary.Count > 0)
        {
            AddSideSheet(workbook, sheets, strings, XlsxSynopsisLoader.GlossarySheet, [["Begriff", MetadataLabels.DefinitionHeaders[0]], .. document.Glossary.Select(static t => new[] { t.Term, t.Definition })]);
        }

        workbook.Workbook.Append(sheets);
        strings.Save();
        workbook.Workbook.Save();
    }

    private static void AddSideSheet(WorkbookPart workbook, Sheets sheets, SharedStrings strings, string name, IReadOnlyList<string[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = Sheet(rows, strings, boldRows: 1, frozenColumns: 0, mergeTitle: false);
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)(sheets.ChildElements.Count + 1), Name = name });
    }

    private static Worksheet Sheet(IReadOnlyList<string[]> grid, SharedStrings strings, int boldRows, int frozenColumns, bool mergeTitle)
    {
        var width = grid.Max(static r => r.Length);
        var sheetData = new SheetData();
        for (var r = 0; r < grid.Count; r++)
        {
            var rowNumber = (uint)(r + 1);
            var row = new Row { RowIndex = rowNumber };
            for (var c = 0; c < grid[r].Length; c++)
            {
                if (grid[r][c].Length == 0)
                {
                    continue;
                }

                row.Append(new Cell
                {
                    CellReference = Reference(c, rowNumber),
                    DataType = CellValues.SharedString,
                    CellValue = new CellValue(strings.Add(grid[r][c])),
                    StyleIndex = r < boldRows || c < Math.Max(1, frozenColumns) ? BoldWrapStyle : WrapStyle,
                });
            }

            sheetData.Append(row);
        }

        var pane = frozenColumns > 0
            ? new Pane { HorizontalSplit = frozenColumns, VerticalSplit = boldRows, TopLeftCell = Reference(frozenColumns, (uint)boldRows + 1), ActivePane = PaneValues.BottomRight, State = PaneStateValues.Frozen }
            : new Pane { VerticalSplit = boldRows, TopLeftCell = Reference(0, (uint)boldRows + 1), ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen };
        var worksheet = new Worksheet(
            new SheetViews(new SheetView(pane) { WorkbookViewId = 0U }),
            new Columns(
                new Column { Min = 1U, Max = 1U, Width = 32D, CustomWidth = true },
                new Column { Min = 2U, Max = (uint)Math.Max(2, width), Width = 48D, CustomWidth = true }),
            sheetData);
        if (mergeTitle && width > 1)
        {
            worksheet.Append(new MergeCells(new MergeCell { Reference = $"A1:{Reference(width - 1, 1)}" }) { Count = 1U });
        }

        return worksheet;
    }

    private static string Reference(int column, uint row)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Minimal stylesheet: Excel requires two fills and one font, border and cell format before custom ones.</summary>
    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2U },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2U },
        new Borders(new Border()) { Count = 1U },
        new CellStyleFormats(new CellFormat()) { Count = 1U },
        new CellFormats(
            new CellFormat(),
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 1U, ApplyFont = true, ApplyAlignment = true })
        { Count = 3U });

    private sealed class SharedStrings(SharedStringTablePart part)
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly SharedStringTable _table = new();

        public string Add(string text)
        {
            if (!_index.TryGetValue(text, out var index))
            {
                index = _index.Count;
                _index.Add(text, index);
                _table.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }

            return index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        public void Save()
        {
            _table.Count = (uint)_index.Count;
            _table.UniqueCount = (uint)_index.Count;
            part.SharedStringTable = _table;
        }
    }
}
