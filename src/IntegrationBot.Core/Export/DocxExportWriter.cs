using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

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
        var grid = new Table(
            new TableProperties(
                new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
            new TableGrid(Enumerable.Range(0, table.Columns.Count + 1).Select(static _ => new GridColumn())));
        grid.Append(new TableRow([new TableRowProperties(new TableHeader()), Cell(["Aspekt"], bold: true), .. table.Columns.Select(static c => Cell([c], bold: true))]));
        foreach (var row in table.Rows)
        {
            grid.Append(new TableRow([Cell([row.Aspect], bold: true), .. row.Cells.Select(static c => Cell(c.Lines, bold: false, italic: !c.HasEntry))]));
        }

        var body = new Body(Paragraph(table.Title, new RunProperties(new Bold(), new FontSize { Val = "32" })), grid);
        foreach (var note in table.Notes)
        {
            body.Append(Paragraph(note));
        }

        body.Append(Paragraph(table.Source, new RunProperties(new FontSize { Val = "18" })));
        body.Append(new SectionProperties(
            new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape },
            new PageMargin { Top = 1000, Right = 1000U, Bottom = 1000, Left = 1000U }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static TableCell Cell(IReadOnlyList<string> lines, bool bold, bool italic = false)
    {
        RunProperties? Style() => bold ? new RunProperties(new Bold()) : italic ? new RunProperties(new Italic()) : null;
        var paragraphs = lines.Select(line => Paragraph(line, Style())).ToList();
        return new TableCell(paragraphs.Count > 0 ? paragraphs : [new Paragraph()]);
    }

    private static Paragraph Paragraph(string text, RunProperties? properties = null)
    {
        var run = new Run();
        if (properties is not null)
        {
            run.Append(properties);
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return new Paragraph(run);
    }
}
