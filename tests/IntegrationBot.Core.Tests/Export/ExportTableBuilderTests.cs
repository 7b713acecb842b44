using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IntegrationBot.Core.Cards;
using IntegrationBot.Core.Export;
using IntegrationBot.Core.Tests.Cards;
using IntegrationBot.Core.Tests.DataQuestions;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Export;

/// <summary>The export table is the card's content: same cities, aspects and entry text, with source and date.</summary>
public sealed class ExportTableBuilderTests
{
    [Theory]
    [InlineData("Vergleiche Stuttgart und München", ExportKind.Comparison)]
    [InlineData("Was weißt du über Stuttgart?", ExportKind.Profile)]
    [InlineData("Aufgaben und Arbeitsweise der zuständigen Dienststelle in allen Städten", ExportKind.Overview)]
    public void Exported_xlsx_holds_exactly_the_entry_text_the_card_shows(string question, ExportKind kind)
    {
        var links = new RecordingLinks();
        var reply = OfficeData.Service(exports: links).Answer(question, ConversationContext.Empty, Understanding.Seed.Now).Reply;
        var request = Assert.Single(links.Requests.Distinct());
        Assert.Equal(kind, request.Kind);

        var table = ExportTableBuilder.Build(request, OfficeData.Repository);
        using var file = new MemoryStream();
        XlsxExportWriter.Write(table, file);
        file.Position = 0;
        using var workbook = SpreadsheetDocument.Open(file, isEditable: false);
        var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Cell>().Select(c => c.InlineString!.InnerText).ToList();

        var cardText = Words(string.Join("\n", CardJson.TextRuns(reply.Card)));
        var fileEntryText = Words(string.Join("\n", table.Rows.SelectMany(r => r.Cells).Where(c => c.HasEntry).SelectMany(c => c.Lines).Where(l => l != EntryView.ExamplesMarker)));
        Assert.Equal(cardText, fileEntryText);
        Assert.Equal(table.Title, cells[0]);
        Assert.Contains(cells, c => c == "Quelle: " + CardSource.Of(OfficeData.Document).PlainText);
        Assert.Equal(["Aspekt", .. table.Columns], cells.Skip(1).Take(table.Columns.Count + 1));
    }

    [Fact]
    public void Comparison_has_cities_as_columns_and_aspects_as_rows()
    {
        var table = ExportTableBuilder.Build(new ExportRequest(ExportKind.Comparison, ["Stuttgart", "Bielefeld"], []), OfficeData.Repository);

        Assert.Equal(["Stuttgart", "Bielefeld"], table.Columns);
        Assert.Equal(OfficeData.Repository.Aspects.Select(a => a.Title), table.Rows.Select(r => r.Aspect));
        Assert.All(table.Rows, r => Assert.Equal(2, r.Cells.Count));
        Assert.Contains(table.Rows.SelectMany(r => r.Cells), c => !c.HasEntry && c.Text == EntryView.NoEntry);
        Assert.EndsWith("Stand: 12.03.2026 (https://example.org/synopse.pdf)", table.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExportKind.Comparison, new[] { "Köln" }, new string[0])]
    [InlineData(ExportKind.Comparison, new[] { "Stuttgart" }, new[] { "Wetter" })]
    [InlineData(ExportKind.Comparison, new string[0], new string[0])]
    [InlineData(ExportKind.Profile, new[] { "Stuttgart", "Bielefeld" }, new string[0])]
    [InlineData(ExportKind.Overview, new string[0], new string[0])]
    public void Requests_the_synopsis_cannot_answer_are_refused(ExportKind kind, string[] cities, string[] aspects)
    {
        Assert.Throws<ExportRequestException>(() => ExportTableBuilder.Build(new ExportRequest(kind, cities, aspects), OfficeData.Repository));
    }

    /// <summary>Card text and file text compared word by word: line breaks and list bullets differ by medium, words must not.</summary>
    private static List<string> Words(string text) =>
        [.. text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Where(w => w != "•").Select(w => w.TrimStart('•'))];

    private sealed class RecordingLinks : IExportLinks
    {
        public List<ExportRequest> Requests { get; } = [];

        public Uri? For(ExportRequest request, ExportFormat format)
        {
            Requests.Add(request);
            return new Uri($"https://bot.example.org/api/export/{format}");
        }
    }
}
