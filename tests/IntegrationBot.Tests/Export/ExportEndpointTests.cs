using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Loading;
using IntegrationBot.Tests.Hosting;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace IntegrationBot.Tests.Export;

/// <summary>
/// The card downloads end to end over HTTP on the real host: the comparison card's „Als Excel/Word herunterladen“ links
/// download files that the OpenXml SDK opens and that hold exactly the card's entries; tampered links are refused.
/// </summary>
public sealed class ExportEndpointTests : IClassFixture<ExportEndpointTests.Host>
{
    private const string Comparison = "Vergleiche die Anbindung von Stuttgart und Bielefeld";
    private const string Anbindung = "Orga - Anbindung";

    private readonly Host _host;

    public ExportEndpointTests(Host host) => _host = host;

    [Fact]
    public async Task Comparison_of_Stuttgart_and_Bielefeld_downloads_as_xlsx_with_exactly_both_entries()
    {
        using var client = _host.Factory.CreateClient();
        var links = await DownloadLinksAsync(client, Comparison);

        using var response = await client.GetAsync(links["Als Excel herunterladen"]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, isEditable: false);
        var rows = Rows(workbook);
        Assert.Equal(["Aspekt", "Stuttgart", "Bielefeld"], rows[1]);
        var aspectRows = rows.Where(r => r.Count == 3 && r[0] != "Aspekt").ToList();
        var row = Assert.Single(aspectRows);
        Assert.Equal([Anbindung, Entry("Stuttgart"), Entry("Bielefeld")], row);
        Assert.Contains(rows, r => r.Count == 1 && r[0].StartsWith("Quelle: ", StringComparison.Ordinal) && r[0].Contains("Stand:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Comparison_downloads_as_docx_whose_table_holds_exactly_both_entries()
    {
        using var client = _host.Factory.CreateClient();
        var links = await DownloadLinksAsync(client, Comparison);

        using var response = await client.GetAsync(links["Als Word herunterladen"]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var table = Assert.Single(document.MainDocumentPart!.Document!.Body!.Elements<W.Table>());
        var cells = table.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => string.Join("\n", c.Elements<W.Paragraph>().Select(p => p.InnerText))).ToList()).ToList();
        Assert.Equal(
            [["Aspekt", "Stuttgart", "Bielefeld"], [Anbindung, Entry("Stuttgart"), Entry("Bielefeld")]],
            cells);
        Assert.Contains(document.MainDocumentPart.Document.Body.Elements<W.Paragraph>(), p => p.InnerText.StartsWith("Quelle: ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("c=Stuttgart", "c=M%C3%BCnchen")]
    [InlineData("k=Comparison", "k=Profile")]
    [InlineData("/xlsx?", "/docx?")]
    [InlineData("&e=", "&e=9")]
    public async Task Link_with_a_changed_city_kind_format_or_expiry_is_refused_with_403(string original, string tampered)
    {
        using var client = _host.Factory.CreateClient();
        var link = (await DownloadLinksAsync(client, Comparison))["Als Excel herunterladen"].AbsoluteUri;
        Assert.Contains(original, link, StringComparison.Ordinal);

        using var response = await client.GetAsync(new Uri(link.Replace(original, tampered, StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("ungültig", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expired_link_is_refused_with_410()
    {
        using var factory = new BotApplicationFactory(settings: new Dictionary<string, string?> { ["Export:LinkLifetime"] = "00:00:01" });
        using var client = factory.CreateClient();
        var link = (await DownloadLinksAsync(client, Comparison))["Als Excel herunterladen"];

        await Task.Delay(TimeSpan.FromSeconds(2.2));
        using var response = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("abgelaufen", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/export/xlsx", HttpStatusCode.BadRequest)]
    [InlineData("/api/export/xlsx?k=Comparison&c=Stuttgart&e=9999999999&s=AAAA", HttpStatusCode.Forbidden)]
    [InlineData("/api/export/xlsx?k=Comparison&c=Stuttgart&e=9999999999", HttpStatusCode.Forbidden)]
    [InlineData("/api/export/xlsx?k=Comparison&c=Stuttgart&s=AAAA", HttpStatusCode.BadRequest)]
    [InlineData("/api/export/xlsx?k=Nonsense&c=Stuttgart&e=9999999999&s=AAAA", HttpStatusCode.BadRequest)]
    [InlineData("/api/export/xlsx?k=Comparison&c=Stuttgart&e=9999999999&user=me&s=AAAA", HttpStatusCode.BadRequest)]
    [InlineData("/api/export/pdf?k=Comparison&c=Stuttgart&e=9999999999&s=AAAA", HttpStatusCode.NotFound)]
    public async Task Malformed_or_unsigned_links_get_a_4xx_with_a_reason(string path, HttpStatusCode expected)
    {
        using var client = _host.Factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Profile_and_overview_cards_offer_both_downloads_too()
    {
        using var client = _host.Factory.CreateClient();

        Assert.Equal(2, (await DownloadLinksAsync(client, "Was weißt du über Münster?")).Count);
        var overview = await DownloadLinksAsync(client, "Präambel zur Integrationspolitik in allen Städten");
        using var response = await client.GetAsync(overview["Als Excel herunterladen"]);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), isEditable: false);
        var header = Rows(workbook)[1];
        var expected = Seed.Cities.Where(c => Seed.Entries.Any(e => e.City == c && e.Aspect.Title == "Präambel zur Integrationspolitik")).Select(c => c.Name);
        Assert.Equal(["Aspekt", .. expected], header);
    }

    [Fact]
    public async Task Configured_public_base_url_is_the_links_origin()
    {
        using var factory = new BotApplicationFactory(settings: new Dictionary<string, string?> { ["Export:PublicBaseUrl"] = "https://bot.example.org/integration/" });
        using var client = factory.CreateClient();

        var links = await DownloadLinksAsync(client, Comparison);

        Assert.All(links.Values, link => Assert.StartsWith("https://bot.example.org/integration/api/export/", link.AbsoluteUri, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_switched_off_offers_no_download_and_the_endpoint_answers_404()
    {
        using var factory = new BotApplicationFactory(settings: new Dictionary<string, string?> { ["Export:Enabled"] = "false" });
        using var client = factory.CreateClient();
        var links = await DownloadLinksAsync(_host.Factory.CreateClient(), Comparison);

        Assert.Empty(await DownloadLinksAsync(client, Comparison));
        using var response = await client.GetAsync(new Uri(links.Values.First().PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_configured_signing_key_makes_links_valid_on_every_instance()
    {
        var key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        var settings = new Dictionary<string, string?> { ["Export:SigningKey"] = key };
        using var first = new BotApplicationFactory(settings: settings);
        using var second = new BotApplicationFactory(settings: settings);
        var link = (await DownloadLinksAsync(first.CreateClient(), Comparison))["Als Excel herunterladen"];

        using var response = await second.CreateClient().GetAsync(new Uri(link.PathAndQuery, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("Export:SigningKey", "c2hvcnQ=")]
    [InlineData("Export:SigningKey", "not base64 !")]
    [InlineData("Export:PublicBaseUrl", "ftp://bot.example.org/")]
    public void Invalid_export_settings_stop_the_start_naming_the_setting(string key, string value)
    {
        using var factory = new BotApplicationFactory(settings: new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(key, error.ToString(), StringComparison.Ordinal);
    }

    private static SynopsisDocument Seed => _seed.Value;

    private static readonly Lazy<SynopsisDocument> _seed = new(() => new SynopsisSourceLoader().Load(new SynopsisOptions(), AppContext.BaseDirectory));

    /// <summary>The entry as the card's text shows it: one line per paragraph or list item.</summary>
    private static string Entry(string city) =>
        Seed.Entries.Single(e => e.City.Name == city && e.Aspect.Title == Anbindung).PlainText;

    private static async Task<Dictionary<string, Uri>> DownloadLinksAsync(HttpClient client, string question)
    {
        var replies = await EmulatorActivities.PostExpectingRepliesAsync(client, EmulatorActivities.Message(Guid.NewGuid().ToString(), question));
        var card = replies.OfType<JsonObject>().Where(a => (string?)a["type"] == "message")
            .SelectMany(a => a["attachments"]?.AsArray() ?? []).Select(a => a?["content"]).Single();
        return Descendants(card!).OfType<JsonObject>()
            .Where(o => (string?)o["type"] == "Action.OpenUrl")
            .ToDictionary(o => (string)o["title"]!, o => new Uri((string)o["url"]!));
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>().SelectMany(Descendants))
        {
            yield return child;
        }
    }

    private static List<List<string>> Rows(SpreadsheetDocument workbook)
    {
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet!;
        return [.. sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToList())];
    }

    /// <summary>One real host for the class.</summary>
    public sealed class Host : IDisposable
    {
        internal BotApplicationFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }
}
