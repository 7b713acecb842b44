using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using IntegrationBot.Core.Synopsis.Formats.Table;
using IntegrationBot.Core.Synopsis.Loading;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace IntegrationBot.Core.Synopsis.Formats.Docx;

/// <summary>
/// Writes a Word document for an office to edit: the title, then one table with a header row of cities (repeated on
/// every page) and a row per aspect. Paragraphs stay paragraphs, lists become real bulleted paragraphs, sub-headings
/// are bold and underlined, examples-only entries start with "z.B.:". Landscape, because synopses are wide.
/// Provenance is written as paragraphs under the title („Stand: 12.03.2026“ …), keywords as the column „Stichworte“,
/// the glossary as a second table „Begriff“ | „Bedeutung“ under the heading „Glossar“.
/// </summary>
public sealed class DocxSynopsisWriter : ISynopsisWriter
{
    private const int BulletNumberingId = 1;

    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public void Write(SynopsisDocument document, string path)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(path);
        using var word = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = BulletNumbering();
        var lookup = document.Entries.ToDictionary(static e => (e.City.Name, e.Aspect.Title));

        var keywords = PlainTextCell.HasKeywords(document);
        var table = NewTable(document.Cities.Count + (keywords ? 2 : 1));
        W.TableCell[] keywordHeader = keywords ? [HeaderCell(MetadataLabels.LabelOf(MetadataField.Keywords))] : [];
        table.Append(new W.TableRow(
            [new TableRowProperties(new TableHeader()), HeaderCell("Aspekt"), .. keywordHeader, .. document.Cities.Select(static c => HeaderCell(c.Name))]));
        foreach (var aspect in document.Aspects)
        {
            W.TableCell[] keywordCell = keywords ? [new W.TableCell(new W.Paragraph(TextRun(string.Join("; ", aspect.Keywords))))] : [];
            table.Append(new W.TableRow(
                [HeaderCell(aspect.Title), .. keywordCell, .. document.Cities.Select(c => EntryCell(lookup.GetValueOrDefault((c.Name, aspect.Title))))]));
        }

        var body = new Body(new W.Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Title" }), TextRun(document.Title, new RunProperties(new Bold(), new FontSize { Val = "32" }))));
        foreach (var (field, value) in MetadataLabels.ProvenanceLines(document.Provenance))
        {
            body.Append(new W.Paragraph(TextRun(MetadataLabels.LabelOf(field) + ": " + value)));
        }

        body.Append(table);
        if (document.Glossary.Count > 0)
        {
            body.Append(new W.Paragraph(TextRun(MetadataLabels.LabelOf(MetadataField.Glossary), new RunProperties(new Bold(), new FontSize { Val = "28" }))));
            var glossary = NewTable(2);
            glossary.Append(new W.TableRow([new TableRowProperties(new TableHeader()), HeaderCell("Begriff"), HeaderCell(MetadataLabels.DefinitionHeaders[0])]));
            foreach (var term in document.Glossary)
            {
                glossary.Append(new W.TableRow(HeaderCell(term.Term), new W.TableCell(new W.Paragraph(TextRun(term.Definition)))));
            }

            body.Append(glossary);
        }

        body.Append(new SectionProperties(
            new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape },
            new PageMargin { Top = 1000, Right = 1000U, Bottom = 1000, Left = 1000U }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static W.Table NewTable(int columns) =>
        new(
            new TableProperties(
                new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
            new TableGrid(Enumerable.Range(0, columns).Select(static _ => new GridColumn())));

    private static W.TableCell HeaderCell(string text) =>
        new(new W.Paragraph(TextRun(text, new RunProperties(new Bold()))));

    private static W.TableCell EntryCell(Entry? entry)
    {
        var paragraphs = new List<W.Paragraph>();
        if (entry is not null)
        {
            if (entry.ExamplesOnly)
            {
                paragraphs.Add(new W.Paragraph(TextRun(PlainTextCell.ExamplesPrefix)));
            }

            foreach (var block in entry.Blocks)
            {
                switch (block)
                {
                    case Paragraph paragraph:
                        paragraphs.Add(new W.Paragraph(TextRun(paragraph.Text)));
                        break;
                    case Subheading heading:
                        paragraphs.Add(new W.Paragraph(TextRun(heading.Text, new RunProperties(new Bold(), new Underline { Val = UnderlineValues.Single }))));
                        break;
                    case BulletList list:
                        paragraphs.AddRange(list.Items.Select(static item => new W.Paragraph(
                            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletNumberingId })),
                            TextRun(item))));
                        break;
                    default:
                        throw new NotSupportedException($"Unbekannter Inhaltsblock {block.GetType().Name}.");
                }
            }
        }

        // Word requires at least one paragraph in every cell; an empty one means "no entry".
        return new W.TableCell(paragraphs.Count > 0 ? paragraphs : [new W.Paragraph()]);
    }

    private static Run TextRun(string text, RunProperties? properties = null)
    {
        var run = new Run();
        if (properties is not null)
        {
            run.Append(properties);
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static Numbering BulletNumbering() => new(
        new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "•" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "360" }))
            { LevelIndex = 0 })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletNumberingId });
}
