using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace IntegrationBot.Core.Tests.Synopsis;

/// <summary>Builds small Word, Excel and CSV synopsis files in code, written independently of the product's writers.</summary>
internal static class OfficeFiles
{
    public static string Docx(string path, string? title, params W.TableRow[] rows)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new W.Body();
        if (title is not null)
        {
            body.Append(new W.Paragraph(new W.Run(new W.Text(title))));
        }

        if (rows.Length > 0)
        {
            body.Append(new W.Table([new W.TableProperties(), .. rows]));
        }

        main.Document = new W.Document(body);
        main.Document.Save();
        return path;
    }

    public static W.TableRow Row(params W.TableCell[] cells) => new(cells);

    public static W.TableCell Cell(params W.Paragraph[] paragraphs) =>
        new(paragraphs.Length == 0 ? [new W.Paragraph()] : paragraphs);

    public static W.TableCell Cell(string text) => Cell(P(text));

    public static W.TableCell Span(int columns, W.TableCell cell)
    {
        cell.PrependChild(new W.TableCellProperties(new W.GridSpan { Val = columns }));
        return cell;
    }

    public static W.TableCell VMerge(bool restart, W.TableCell cell)
    {
        cell.PrependChild(new W.TableCellProperties(restart ? new W.VerticalMerge { Val = W.MergedCellValues.Restart } : new W.VerticalMerge()));
        return cell;
    }

    public static W.Paragraph P(string text) => new(R(text));

    public static W.Paragraph P(params W.Run[] runs) => new(runs);

    public static W.Paragraph Item(string text) => new(
        new W.ParagraphProperties(new W.NumberingProperties(new W.NumberingLevelReference { Val = 0 }, new W.NumberingId { Val = 1 })),
        R(text));

    public static W.Paragraph StyledItem(string text) => new(new W.ParagraphProperties(new W.ParagraphStyleId { Val = "Listenabsatz" }), R(text));

    public static W.Run R(string text) => new(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static W.Run U(string text) => new(new W.RunProperties(new W.Underline { Val = W.UnderlineValues.Single }), new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static W.Run B(string text) => new(new W.RunProperties(new W.Bold()), new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>An .xlsx whose first sheet has the given cells ("B3" → text), as shared strings or inline strings, and merged ranges.</summary>
    public static string Xlsx(string path, IReadOnlyDictionary<string, string> cells, string[]? merges = null, bool inlineStrings = false, string sheetName = "Synopse")
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new S.Workbook();
        var shared = workbook.AddNewPart<SharedStringTablePart>();
        shared.SharedStringTable = new S.SharedStringTable();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new S.SheetData();
        foreach (var row in cells.GroupBy(c => RowOf(c.Key)).OrderBy(g => g.Key))
        {
            var xmlRow = new S.Row { RowIndex = (uint)row.Key };
            foreach (var (reference, text) in row.OrderBy(c => c.Key.Length).ThenBy(c => c.Key, StringComparer.Ordinal))
            {
                if (inlineStrings)
                {
                    xmlRow.Append(new S.Cell { CellReference = reference, DataType = S.CellValues.InlineString, InlineString = new S.InlineString(new S.Text(text)) });
                }
                else
                {
                    shared.SharedStringTable.Append(new S.SharedStringItem(new S.Text(text)));
                    var index = shared.SharedStringTable.ChildElements.Count - 1;
                    xmlRow.Append(new S.Cell { CellReference = reference, DataType = S.CellValues.SharedString, CellValue = new S.CellValue(index) });
                }
            }

            data.Append(xmlRow);
        }

        var worksheet = new S.Worksheet(data);
        if (merges is { Length: > 0 })
        {
            worksheet.Append(new S.MergeCells(merges.Select(m => new S.MergeCell { Reference = m })));
        }

        sheetPart.Worksheet = worksheet;
        workbook.Workbook.Append(new S.Sheets(new S.Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1U, Name = sheetName }));
        workbook.Workbook.Save();
        return path;
    }

    /// <summary>An .xlsx with several sheets; a cell value is a string (inline string) or a double (a number, as Excel stores a typed date).</summary>
    public static string Workbook(string path, params (string Name, IReadOnlyDictionary<string, object> Cells)[] sheets)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new S.Workbook();
        var xmlSheets = new S.Sheets();
        foreach (var (name, cells) in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new S.SheetData();
            foreach (var row in cells.GroupBy(c => RowOf(c.Key)).OrderBy(g => g.Key))
            {
                var xmlRow = new S.Row { RowIndex = (uint)row.Key };
                foreach (var (reference, value) in row.OrderBy(c => c.Key.Length).ThenBy(c => c.Key, StringComparer.Ordinal))
                {
                    xmlRow.Append(value is double number
                        ? new S.Cell { CellReference = reference, CellValue = new S.CellValue(number) }
                        : new S.Cell { CellReference = reference, DataType = S.CellValues.InlineString, InlineString = new S.InlineString(new S.Text((string)value)) });
                }

                data.Append(xmlRow);
            }

            part.Worksheet = new S.Worksheet(data);
            xmlSheets.Append(new S.Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)(xmlSheets.ChildElements.Count + 1), Name = name });
        }

        workbook.Workbook.Append(xmlSheets);
        workbook.Workbook.Save();
        return path;
    }

    /// <summary>A .docx with free paragraphs and tables in the given order (a string is a paragraph, a row array a table).</summary>
    public static string DocxBody(string path, IReadOnlyDictionary<string, string>? customProperties, params object[] content)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new W.Body();
        foreach (var item in content)
        {
            body.Append(item switch
            {
                string text => P(text),
                W.TableRow[] rows => new W.Table([new W.TableProperties(), .. rows]),
                _ => throw new ArgumentException("string or W.TableRow[] expected", nameof(content)),
            });
        }

        main.Document = new W.Document(body);
        main.Document.Save();
        if (customProperties is not null)
        {
            var part = document.AddCustomFilePropertiesPart();
            var properties = new DocumentFormat.OpenXml.CustomProperties.Properties();
            var id = 2;
            foreach (var (name, value) in customProperties)
            {
                properties.Append(new DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty(new DocumentFormat.OpenXml.VariantTypes.VTLPWSTR(value))
                {
                    FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}",
                    PropertyId = id++,
                    Name = name,
                });
            }

            part.Properties = properties;
            part.Properties.Save();
        }

        return path;
    }

    public static string Text(string path, string content, Encoding? encoding = null)
    {
        File.WriteAllText(path, content, encoding ?? new UTF8Encoding(false));
        return path;
    }

    private static int RowOf(string reference) => int.Parse(reference.AsSpan(reference.IndexOfAny("0123456789".ToCharArray())), System.Globalization.CultureInfo.InvariantCulture);
}
