using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using IntegrationBot.Core.Synopsis.Formats.Docx;

namespace IntegrationBot.Core.Export;

/// <summary>
/// An exported card as a Word document (landscape): the title, one table with a header row „Aspekt“ + cities
/// (repeated on every page) and a row per aspect, each entry line a paragraph; then notes and the source line.
/// </summary>
public static class DocxExportWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void Write(ExportTable table, Stream output)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        using var word = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        var grid = DocxLayout.BorderedTable(table.Columns.Count + 1);
        grid.Append(DocxLayout.HeaderRow([DocxLayout.BoldCell("Aspekt"), .. table.Columns.Select(DocxLayout.BoldCell)]));
        foreach (var row in table.Rows)
        {
            grid.Append(new TableRow([DocxLayout.BoldCell(row.Aspect), .. row.Cells.Select(static c => EntryCell(c.Lines, italic: !c.HasEntry))]));
        }

        var body = new Body(new Paragraph(DocxLayout.TitleRun(table.Title)), grid);
        foreach (var note in table.Notes)
        {
            body.Append(new Paragraph(DocxLayout.TextRun(note)));
        }

        body.Append(new Paragraph(DocxLayout.TextRun(table.Source, new RunProperties(new FontSize { Val = "18" }))));
        body.Append(DocxLayout.LandscapePage());
        main.Document = new Document(body);
        main.Document.Save();
    }

    /// <summary>One paragraph per line; italic for the „no entry“ placeholder. Word requires a paragraph in every cell.</summary>
    private static TableCell EntryCell(IReadOnlyList<string> lines, bool italic)
    {
        var paragraphs = lines.Select(line => new Paragraph(DocxLayout.TextRun(line, italic ? new RunProperties(new Italic()) : null))).ToList();
        return new TableCell(paragraphs.Count > 0 ? paragraphs : [new Paragraph()]);
    }
}
