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
        var table = DocxLayout.BorderedTable(document.Cities.Count + (keywords ? 2 : 1));
        W.TableCell[] keywordHeader = keywords ? [DocxLayout.BoldCell(MetadataLabels.LabelOf(MetadataField.Keywords))] : [];
        table.Append(DocxLayout.HeaderRow([DocxLayout.BoldCell("Aspekt"), .. keywordHeader, .. document.Cities.Select(static c => DocxLayout.BoldCell(c.Name))]));
        foreach (var aspect in document.Aspects)
        {
            W.TableCell[] keywordCell = keywords ? [new W.TableCell(new W.Paragraph(DocxLayout.TextRun(string.Join("; ", aspect.Keywords))))] : [];
            table.Append(new W.TableRow(
                [DocxLayout.BoldCell(aspect.Title), .. keywordCell, .. document.Cities.Select(c => EntryCell(lookup.GetValueOrDefault((c.Name, aspect.Title))))]));
        }

        var body = new Body(new W.Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Title" }), DocxLayout.TitleRun(document.Title)));
        foreach (var (field, value) in MetadataLabels.ProvenanceLines(document.Provenance))
        {
            body.Append(new W.Paragraph(DocxLayout.TextRun(MetadataLabels.LabelOf(field) + ": " + value)));
        }

        body.Append(table);
        if (document.Glossary.Count > 0)
        {
            body.Append(new W.Paragraph(DocxLayout.TextRun(MetadataLabels.LabelOf(MetadataField.Glossary), new RunProperties(new Bold(), new FontSize { Val = "28" }))));
            var glossary = DocxLayout.BorderedTable(2);
            glossary.Append(DocxLayout.HeaderRow([DocxLayout.BoldCell("Begriff"), DocxLayout.BoldCell(MetadataLabels.DefinitionHeaders[0])]));
            foreach (var term in document.Glossary)
            {
                glossary.Append(new W.TableRow(DocxLayout.BoldCell(term.Term), new W.TableCell(new W.Paragraph(DocxLayout.TextRun(term.Definition)))));
            }

            body.Append(glossary);
        }

        body.Append(DocxLayout.LandscapePage());
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static W.TableCell EntryCell(Entry? entry)
    {
        var paragraphs = new List<W.Paragraph>();
        if (entry is not null)
        {
            if (entry.ExamplesOnly)
            {
                paragraphs.Add(new W.Paragraph(DocxLayout.TextRun(PlainTextCell.ExamplesPrefix)));
            }

            foreach (var block in entry.Blocks)
            {
                switch (block)
                {
                    case Paragraph paragraph:
                        paragraphs.Add(new W.Paragraph(DocxLayout.TextRun(paragraph.Text)));
                        break;
                    case Subheading heading:
                        paragraphs.Add(new W.Paragraph(DocxLayout.TextRun(heading.Text, new RunProperties(new Bold(), new Underline { Val = UnderlineValues.Single }))));
                        break;
                    case BulletList list:
                        paragraphs.AddRange(list.Items.Select(static item => new W.Paragraph(
                            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletNumberingId })),
                            DocxLayout.TextRun(item))));
                        break;
                    default:
                        throw new NotSupportedException($"Unbekannter Inhaltsblock {block.GetType().Name}.");
                }
            }
        }

        // Word requires at least one paragraph in every cell; an empty one means "no entry".
        return new W.TableCell(paragraphs.Count > 0 ? paragraphs : [new W.Paragraph()]);
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
