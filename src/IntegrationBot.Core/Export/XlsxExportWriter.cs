using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace IntegrationBot.Core.Export;

/// <summary>
/// An exported card as an Excel workbook: title in A1, header row „Aspekt“ + cities, one row per aspect with the
/// entries as wrapped text, then the source line with its date. Header row and aspect column stay frozen.
/// </summary>
public static class XlsxExportWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const uint PlainStyle = 0;
    private const uint WrapStyle = 1;
    private const double AspectWidth = 30D;
    private const double CityWidth = 50D;
    private const double LineHeight = 15D;
    private const uint BoldStyle = 2;
    private const uint TitleStyle = 3;

    public static void Write(ExportTable table, Stream output)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        using var spreadsheet = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = spreadsheet.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint rowNumber = 0;
        Row NewRow() => new() { RowIndex = ++rowNumber };

        data.Append(WithCells(NewRow(), (table.Title, TitleStyle)));
        data.Append(WithCells(NewRow(), [("Aspekt", BoldStyle), .. table.Columns.Select(static c => (c, BoldStyle))]));
        foreach (var row in table.Rows)
        {
            var cells = WithCells(NewRow(), [(row.Aspect, BoldStyle), .. row.Cells.Select(static c => (c.Text, WrapStyle))]);

            // Spreadsheet programs do not grow a row for wrapped text they did not lay out themselves: give it the height.
            var lines = Math.Max(WrappedLines(row.Aspect, AspectWidth), row.Cells.Select(static c => c.Lines.Sum(l => WrappedLines(l, CityWidth))).DefaultIfEmpty(1).Max());
            cells.Height = Math.Min(409D, LineHeight * lines + 4D);
            cells.CustomHeight = true;
            data.Append(cells);
        }

        NewRow();
        foreach (var note in table.Notes)
        {
            data.Append(WithCells(NewRow(), (note, PlainStyle)));
        }

        data.Append(WithCells(NewRow(), (table.Source, PlainStyle)));

        // Printed (or rendered to PDF) the table fits the page width in landscape, as a report needs it.
        sheetPart.Worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(
                new Pane { HorizontalSplit = 1D, VerticalSplit = 2D, TopLeftCell = "B3", ActivePane = PaneValues.BottomRight, State = PaneStateValues.Frozen })
            { WorkbookViewId = 0U }),
            new Columns(
                new Column { Min = 1U, Max = 1U, Width = AspectWidth, CustomWidth = true },
                new Column { Min = 2U, Max = (uint)Math.Max(2, table.Columns.Count + 1), Width = CityWidth, CustomWidth = true }),
            data,
            new PageMargins { Left = 0.4D, Right = 0.4D, Top = 0.5D, Bottom = 0.5D, Header = 0.3D, Footer = 0.3D },
            new PageSetup { Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U, PaperSize = 9U });
        workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1U, Name = "Synopse" }));
        workbook.Workbook.Save();
    }

    private static Row WithCells(Row row, params (string Text, uint Style)[] cells)
    {
        for (var c = 0; c < cells.Length; c++)
        {
            // Inline strings: the text travels in the cell itself, so the sheet reads the same in any tool.
            row.Append(new Cell
            {
                CellReference = Reference(c, row.RowIndex!.Value),
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(cells[c].Text) { Space = SpaceProcessingModeValues.Preserve }),
                StyleIndex = cells[c].Style,
            });
        }

        return row;
    }

    /// <summary>Lines a text needs in a column of <paramref name="width"/> characters (a column width is about that many digits).</summary>
    private static int WrappedLines(string text, double width) =>
        Math.Max(1, (int)Math.Ceiling(text.Length / (width * 1.5)));

    public static string Reference(int column, uint row)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold()), new Font(new Bold(), new FontSize { Val = 14D })) { Count = 3U },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2U },
        new Borders(
            new Border(),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin },
                new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin },
                new BottomBorder { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2U },
        new CellStyleFormats(new CellFormat()) { Count = 1U },
        new CellFormats(
            new CellFormat(),
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { BorderId = 1U, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 1U, BorderId = 1U, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat { FontId = 2U, ApplyFont = true })
        { Count = 4U });
}
