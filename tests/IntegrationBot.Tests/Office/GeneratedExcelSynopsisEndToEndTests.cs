using System.Text.Json.Nodes;
using IntegrationBot.Core.Cards;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Loading;
using IntegrationBot.TestSupport;
using IntegrationBot.Tests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IntegrationBot.Tests.Office;

/// <summary>
/// A bigger synopsis than the seed (60 cities × 20 aspects, generated), kept as an Excel file the way an office would,
/// configured with <c>Synopsis:Path</c> and answered by the whole host over HTTP like the Emulator (expectReplies).
/// Every city, aspect and expected text is taken from the generated document, none is written into the test.
/// </summary>
public sealed class GeneratedExcelSynopsisEndToEndTests : IClassFixture<GeneratedExcelSynopsisEndToEndTests.ExcelHost>
{
    private readonly ExcelHost _host;

    public GeneratedExcelSynopsisEndToEndTests(ExcelHost host) => _host = host;

    private SynopsisDocument Document => _host.Document;

    public static TheoryData<int> CityIndices() => [0, 11, 20, 27, 37, 41, 59];

    [Theory]
    [MemberData(nameof(CityIndices))]
    public async Task A_generated_city_and_aspect_are_recognised_and_answered_with_that_entry(int cityIndex)
    {
        var entry = EntryOf(Document.Cities[cityIndex], startAspect: cityIndex % Document.Aspects.Count);

        var replies = await AskAsync(NewConversation(), $"{entry.Aspect.Title} in {entry.City.Name}");

        var trace = Trace(replies);
        Assert.Equal("Query", (string?)trace["intent"]);
        Assert.Equal([entry.City.Name], Strings(trace["cities"]));
        Assert.Equal([entry.Aspect.Title], Strings(trace["aspects"]));
        Assert.Empty(Strings(trace["unknownCities"]));
        Assert.Contains(CardText.Markdown(FirstText(entry)), CardStrings(replies));
        Assert.Equal(entry.ExamplesOnly, CardStrings(replies).Contains(EntryView.ExamplesMarker));
    }

    [Fact]
    public async Task Two_generated_cities_are_compared_and_a_follow_up_keeps_the_aspect()
    {
        var aspect = Document.Aspects[^1];
        var withEntry = Document.Entries.Where(e => e.Aspect == aspect).ToList();
        var (first, second, third) = (withEntry[^1], withEntry[^2], withEntry[withEntry.Count / 2]);
        var conversation = NewConversation();

        var comparison = await AskAsync(conversation, $"{aspect.Title} in {first.City.Name} und {second.City.Name}");

        var trace = Trace(comparison);
        Assert.Equal("Query", (string?)trace["intent"]);
        Assert.Equal(new[] { first.City.Name, second.City.Name }.Order(StringComparer.Ordinal), Strings(trace["cities"]).Order(StringComparer.Ordinal));
        Assert.Equal([aspect.Title], Strings(trace["aspects"]));
        Assert.Contains(CardText.Markdown(FirstText(first)), CardStrings(comparison));
        Assert.Contains(CardText.Markdown(FirstText(second)), CardStrings(comparison));

        var followUp = Trace(await AskAsync(conversation, $"Und in {third.City.Name}?"));

        Assert.Equal([third.City.Name], Strings(followUp["cities"]));
        Assert.Equal([aspect.Title], Strings(followUp["aspects"]));
        Assert.Equal(["aspects"], Strings(followUp["fromContext"]));
    }

    [Fact]
    public async Task A_generated_gap_is_named_as_missing_instead_of_hidden()
    {
        var present = Document.Entries.Select(e => (e.City, e.Aspect)).ToHashSet();
        var (city, aspect) = Document.Cities.SelectMany(c => Document.Aspects.Select(a => (City: c, Aspect: a))).First(pair => !present.Contains(pair));

        var replies = await AskAsync(NewConversation(), $"{aspect.Title} in {city.Name}");

        Assert.Equal([city.Name], Strings(Trace(replies)["cities"]));
        Assert.Contains(EntryView.NoEntry, CardStrings(replies));
    }

    [Fact]
    public async Task Welcome_and_help_cards_list_every_loaded_city_and_aspect()
    {
        var welcome = await EmulatorActivities.PostExpectingRepliesAsync(_host.Client, EmulatorActivities.ConversationStart(NewConversation()));
        var help = await AskAsync(NewConversation(), "Hilfe");

        Assert.Equal("Help", (string?)Trace(help)["intent"]);
        foreach (var replies in new[] { welcome, help })
        {
            var strings = string.Join("\n", CardStrings(replies));
            Assert.All(Document.Cities, city => Assert.Contains(CardText.Markdown(city.Name), strings, StringComparison.Ordinal));
            Assert.All(Document.Aspects, aspect => Assert.Contains(CardText.Markdown(aspect.Title), strings, StringComparison.Ordinal));
            Assert.Contains(CardText.Markdown(Document.Title), strings, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task City_list_accounts_for_every_loaded_city_with_its_coverage()
    {
        var replies = await AskAsync(NewConversation(), "Welche Städte gibt es?");

        Assert.Equal("ListCities", (string?)Trace(replies)["intent"]);
        var strings = string.Join("\n", CardStrings(replies));
        Assert.Contains($"{Document.Cities.Count} Städte", strings, StringComparison.Ordinal);
        // The card keeps under Teams' size limit: it shows cities in the data's order, names the next ones in a note and
        // counts the rest ("und 15 weitere"). So every city is accounted for, and the unnamed ones are the last.
        var unnamed = Document.Cities.Where(city => !strings.Contains(CardText.Markdown(city.Name), StringComparison.Ordinal)).ToList();
        Assert.Equal(Document.Cities.TakeLast(unnamed.Count), unnamed);
        if (unnamed.Count > 0)
        {
            Assert.Contains($"und {unnamed.Count} weitere", strings, StringComparison.Ordinal);
        }

        var firstCity = Document.Cities[0];
        Assert.Contains($"{Document.Entries.Count(e => e.City == firstCity)} von {Document.Aspects.Count} Aspekten", strings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coverage_card_names_every_loaded_aspect_with_how_many_cities_have_it()
    {
        var replies = await AskAsync(NewConversation(), "Welche Aspekte gibt es?");

        Assert.Equal("ListAspects", (string?)Trace(replies)["intent"]);
        var strings = string.Join("\n", CardStrings(replies));
        Assert.Contains($"{Document.Aspects.Count} Aspekte, {Document.Cities.Count} Städte", strings, StringComparison.Ordinal);
        Assert.All(Document.Aspects, aspect => Assert.Contains(CardText.Markdown(aspect.Title), strings, StringComparison.Ordinal));
        var firstAspect = Document.Aspects[0];
        Assert.Contains($"{Document.Entries.Count(e => e.Aspect == firstAspect)} von {Document.Cities.Count} Städten", strings, StringComparison.Ordinal);
    }

    [Fact]
    public void The_host_really_answers_from_the_Excel_file()
    {
        Assert.Equal(".xlsx", Path.GetExtension(_host.Path));
        Assert.Empty(SynopsisComparison.Differences(Document, new SynopsisSourceLoader().LoadFile(_host.Path).Document));
        Assert.True(Document.Cities.Count >= 50 && Document.Aspects.Count >= 20);
    }

    /// <summary>An entry of <paramref name="city"/>, the first from <paramref name="startAspect"/> on (wrapping) that has one.</summary>
    private Entry EntryOf(City city, int startAspect) =>
        Enumerable.Range(0, Document.Aspects.Count)
            .Select(offset => Document.Aspects[(startAspect + offset) % Document.Aspects.Count])
            .Select(aspect => Document.Entries.SingleOrDefault(e => e.City == city && e.Aspect == aspect))
            .First(e => e is not null)!;

    private static string FirstText(Entry entry) => entry.Blocks[0] switch
    {
        Paragraph p => p.Text,
        Subheading s => s.Text,
        BulletList l => l.Items[0],
        var other => throw new InvalidOperationException($"unexpected block {other}"),
    };

    private static string NewConversation() => $"office-{Guid.NewGuid():N}";

    private Task<JsonArray> AskAsync(string conversation, string text) =>
        EmulatorActivities.PostExpectingRepliesAsync(_host.Client, EmulatorActivities.Message(conversation, text));

    private static JsonNode Trace(JsonArray replies) =>
        replies.Single(r => (string?)r!["type"] == "trace" && (string?)r["name"] == "IntegrationBot.Recognition")!["value"]!;

    /// <summary>Every string value of the reply's Adaptive Card, as the channel receives it.</summary>
    private static List<string> CardStrings(JsonArray replies)
    {
        var card = replies.Last(r => (string?)r!["type"] == "message")!["attachments"]!.AsArray().Single()!["content"]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)replies.Last(r => (string?)r!["type"] == "message")!["attachments"]![0]!["contentType"]);
        var strings = new List<string>();
        Collect(card, strings);
        return strings;
    }

    private static void Collect(JsonNode? node, List<string> strings)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var property in obj)
                {
                    Collect(property.Value, strings);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, strings);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                strings.Add(text);
                break;
        }
    }

    private static List<string?> Strings(JsonNode? array) => [.. array!.AsArray().Select(item => (string?)item)];

    /// <summary>The host over a generated synopsis written to an .xlsx in a scratch folder (Synopsis:Path, absolute).</summary>
    public sealed class ExcelHost : IDisposable
    {
        private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("office-xlsx-");
        private readonly BotApplicationFactory _factory;

        public ExcelHost()
        {
            Document = SyntheticSynopsis.Generate(cities: 60, aspects: 20, seed: 2026);
            Path = System.IO.Path.Combine(_directory.FullName, "Synopse Integration.xlsx");
            SynopsisFormats.WriterFor(Path)!.Write(Document, Path);
            _factory = new BotApplicationFactory { Settings = new Dictionary<string, string?> { ["Synopsis:Path"] = Path } };
            Client = _factory.CreateClient();
        }

        public SynopsisDocument Document { get; }

        public string Path { get; }

        public HttpClient Client { get; }

        public void Dispose()
        {
            Client.Dispose();
            _factory.Dispose();
            _directory.Delete(recursive: true);
        }
    }
}
