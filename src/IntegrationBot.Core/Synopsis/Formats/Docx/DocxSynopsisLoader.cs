using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using IntegrationBot.Core.Synopsis.Formats.Table;
using IntegrationBot.Core.Synopsis.Loading;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace IntegrationBot.Core.Synopsis.Formats.Docx;

/// <summary>
/// Word (.docx): the first table of the document, in either shape of <see cref="TableSynopsisReader"/>. The first
/// non-empty paragraph above the table is the title. Merged cells (gridSpan, vMerge, hMerge) are expanded.
/// Optional: paragraphs above the table such as „Stand: 12.03.2026“, „Bearbeitung: …“, „Organisation: …“,
/// „Quelle: https://…“, or custom document properties of those names (Datei › Eigenschaften › Benutzerdefiniert);
/// a glossary as a further table whose header row is „Begriff“ | „Bedeutung“. The synopsis is the first other table.
/// </summary>
public sealed class DocxSynopsisLoader : ISynopsisLoader
{
    private const string TableName = "Tabelle 1";

    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public LoadedSynopsis Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(path, isEditable: false);
        }
        catch (Exception ex) when (ex is not SynopsisFormatException)
        {
            throw new SynopsisFormatException(path, 0, "Word-Dokument", "Die Datei ist kein lesbares Word-Dokument (.docx). Bitte in Word als „Word-Dokument (*.docx)“ speichern.", ex);
        }

        using (document)
        {
            var body = document.MainDocumentPart?.Document?.Body;
            var tables = body?.Descendants<W.Table>().Where(static t => !t.Ancestors<W.Table>().Any()).ToArray() ?? [];
            var glossaries = tables.Select((t, i) => (Table: t, Number: i + 1)).Where(static t => IsGlossaryTable(t.Table)).ToArray();
            var synopsis = tables.Select((t, i) => (Table: t, Number: i + 1)).FirstOrDefault(t => !glossaries.Any(g => ReferenceEquals(g.Table, t.Table)));
            if (synopsis.Table is null)
            {
                throw new SynopsisFormatException(path, 0, "Word-Dokument", "Das Dokument enthält keine Tabelle. Erwartet wird eine Tabelle: erste Spalte Aspekte, Kopfzeile Städte (oder Zellen mit „Stadt:“).");
            }

            var table = synopsis.Table;
            var tableName = synopsis.Number == 1 ? TableName : $"Tabelle {synopsis.Number}";
            return TableSynopsisReader.Read(
                new SynopsisTable(path, tableName, ReadRows(table), FindTitle(body!, table), SynopsisTable.NumberedColumn),
                builder =>
                {
                    ReadMetadataParagraphs(path, body!, table, builder);
                    ReadCustomProperties(path, document, builder);
                    foreach (var (glossary, number) in glossaries)
                    {
                        TableSynopsisReader.ReadGlossaryTable(new SynopsisTable(path, $"Tabelle {number} (Glossar)", ReadRows(glossary), null, SynopsisTable.NumberedColumn), builder);
                    }
                });
        }
    }

    private static bool IsGlossaryTable(W.Table table)
    {
        var cells = table.Elements<W.TableRow>().FirstOrDefault()?.Elements<W.TableCell>().Select(static c => ReadCell(c).Text).ToArray() ?? [];
        return cells.Length >= 2
            && MetadataLabels.IsOneOf(cells[0], MetadataLabels.TermHeaders)
            && MetadataLabels.IsOneOf(cells[1], MetadataLabels.DefinitionHeaders);
    }

    /// <summary>Paragraphs above the synopsis table that state provenance („Stand: 12.03.2026“). Text below the table is free text.</summary>
    private static void ReadMetadataParagraphs(string path, W.Body body, W.Table table, SynopsisBuilder builder)
    {
        var number = 0;
        foreach (var paragraph in ParagraphsAbove(body, table))
        {
            number++;
            var text = ReadParagraph(paragraph).Text;
            if (!MetadataLabels.TryParseLine(text, out var field, out var value))
            {
                continue;
            }

            var location = new SourceLocation(path, 0, $"Absatz {number} über der Tabelle („{MetadataLabels.LabelOf(field)}:“)");
            if (field is MetadataField.Keywords or MetadataField.Glossary)
            {
                throw location.Error(field == MetadataField.Keywords
                    ? "Stichworte gehören in die Tabelle: eine Spalte „Stichworte“ neben den Aspekten oder eine Zeile „Stichworte:“ unter dem Aspekt."
                    : "Das Glossar gehört in eine eigene Tabelle mit der Kopfzeile „Begriff“ | „Bedeutung“.");
            }

            builder.Provenance.Set(field, value, location);
        }
    }

    /// <summary>Custom document properties named like a provenance label („Stand“, „Quelle“ …).</summary>
    private static void ReadCustomProperties(string path, WordprocessingDocument document, SynopsisBuilder builder)
    {
        var properties = document.CustomFilePropertiesPart?.Properties?.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>() ?? [];
        foreach (var property in properties)
        {
            if (property.Name?.Value is { } name && MetadataLabels.TryParseLabel(name, out var field) && field is not (MetadataField.Keywords or MetadataField.Glossary))
            {
                builder.Provenance.Set(field, property.InnerText, new SourceLocation(path, 0, $"Dokumenteigenschaft „{name}“"));
            }
        }
    }

    private static IEnumerable<W.Paragraph> ParagraphsAbove(W.Body body, W.Table table)
    {
        foreach (var element in body.ChildElements)
        {
            if (ReferenceEquals(element, table) || element.Descendants<W.Table>().Any(t => ReferenceEquals(t, table)))
            {
                yield break;
            }

            if (element is W.Paragraph paragraph)
            {
                yield return paragraph;
            }
        }
    }

    private static string? FindTitle(W.Body body, W.Table table)
    {
        foreach (var element in body.ChildElements)
        {
            if (ReferenceEquals(element, table) || element.Descendants<W.Table>().Any(t => ReferenceEquals(t, table)))
            {
                return null;
            }

            if (element is W.Table)
            {
                continue;
            }

            var paragraphs = element is W.Paragraph p ? [p] : element.Descendants<W.Paragraph>();
            foreach (var paragraph in paragraphs)
            {
                var text = ReadParagraph(paragraph).Text;
                if (text.Length > 0 && !MetadataLabels.TryParseLine(text, out _, out _))
                {
                    return text;
                }
            }
        }

        return null;
    }

    private static List<Table.TableRow> ReadRows(W.Table table)
    {
        var rows = new List<Table.TableRow>();
        Table.TableCell?[] above = [];
        var number = 0;
        foreach (var row in table.Elements<W.TableRow>())
        {
            number++;
            var cells = new List<Table.TableCell?>();
            var gridBefore = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            cells.AddRange(Enumerable.Repeat<Table.TableCell?>(null, gridBefore));
            foreach (var cell in row.Elements<W.TableCell>())
            {
                var column = cells.Count;
                var properties = cell.TableCellProperties;
                var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
                Table.TableCell value;
                if (IsContinuation(properties?.VerticalMerge?.Val, properties?.VerticalMerge is not null) && column < above.Length && above[column] is { } top)
                {
                    value = top;
                }
                else if (IsContinuation(properties?.HorizontalMerge?.Val, properties?.HorizontalMerge is not null) && column > 0 && cells[column - 1] is { } left)
                {
                    value = left;
                }
                else
                {
                    value = new Table.TableCell(ReadCell(cell), number, column);
                }

                cells.AddRange(Enumerable.Repeat<Table.TableCell?>(value, span));
            }

            rows.Add(new Table.TableRow(number, cells));
            above = [.. cells];
        }

        return rows;
    }

    /// <summary>vMerge/hMerge without a value, or "continue", continues the cell before; "restart" opens a new one.</summary>
    private static bool IsContinuation(DocumentFormat.OpenXml.EnumValue<MergedCellValues>? value, bool present) =>
        present && (value is null || !value.HasValue || value.Value == MergedCellValues.Continue);

    private static WordCellContent ReadCell(W.TableCell cell) =>
        new([.. cell.Descendants<W.Paragraph>().Select(ReadParagraph)]);

    private static WordParagraph ReadParagraph(W.Paragraph paragraph)
    {
        var runs = new List<WordRun>();
        foreach (var run in paragraph.Descendants<Run>())
        {
            var text = string.Concat(run.ChildElements.Select(static child => child switch
            {
                // Only visible text: w:delText (tracked deletions) and w:instrText (field codes) are not content.
                Text t => t.Text,
                TabChar or Break or CarriageReturn => " ",
                NoBreakHyphen => "-",
                _ => string.Empty,
            }));
            if (text.Length > 0)
            {
                runs.Add(new WordRun(text, IsEmphasised(run.RunProperties)));
            }
        }

        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? string.Empty;
        var isList = paragraph.ParagraphProperties?.NumberingProperties is not null
            || style.Contains("List", StringComparison.OrdinalIgnoreCase)
            || style.Contains("Aufz", StringComparison.OrdinalIgnoreCase);
        var isHeading = style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase)
            || style.StartsWith("berschrift", StringComparison.OrdinalIgnoreCase)
            || style.StartsWith("Überschrift", StringComparison.OrdinalIgnoreCase);
        return new WordParagraph(runs, isList, isHeading);
    }

    private static bool IsEmphasised(RunProperties? properties)
    {
        if (properties is null)
        {
            return false;
        }

        var underline = properties.Underline is { } u && (u.Val is null || u.Val.Value != UnderlineValues.None);
        var bold = properties.Bold is { } b && (b.Val is null || b.Val.Value);
        return underline || bold;
    }
}
