using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IntegrationBot.Tests.Hosting;

namespace IntegrationBot.Tests.Teams;

/// <summary>
/// The search message extension through the real host, adapter and bot: Teams-shaped <c>composeExtension/query</c> and
/// <c>composeExtension/selectItem</c> invokes posted to /api/messages, answered with previews that insert full cards.
/// </summary>
public sealed class MessageExtensionTests : IClassFixture<MessageExtensionTests.Host>
{
    private readonly HttpClient _client;

    public MessageExtensionTests(Host host)
    {
        ArgumentNullException.ThrowIfNull(host);
        _client = host.CreateClient();
    }

    [Fact]
    public async Task Query_Fluechtlingsberatung_returns_insertable_cards_naming_the_city_whose_entry_has_it()
    {
        var result = await QueryAsync("Flüchtlingsberatung");

        Assert.Equal("result", (string?)result["type"]);
        Assert.Equal("list", (string?)result["attachmentLayout"]);
        var attachments = result["attachments"]!.AsArray();
        var first = attachments[0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)first["contentType"]);
        var card = first["content"]!.ToJsonString(EmulatorActivities.Readable);
        Assert.Contains("Bielefeld", card, StringComparison.Ordinal);
        Assert.Contains("Flüchtlingsberatung", card, StringComparison.Ordinal);
        Assert.Contains("Quelle: ", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Action.Submit", card, StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.card.thumbnail", (string?)first["preview"]!["contentType"]);
        Assert.StartsWith("Bielefeld", (string?)first["preview"]!["content"]!["title"], StringComparison.Ordinal);
        Assert.Equal("invoke", (string?)first["preview"]!["content"]!["tap"]!["type"]);
    }

    [Fact]
    public async Task The_initial_run_offers_the_aspects()
    {
        var result = await QueryAsync(null, initialRun: true);

        var titles = result["attachments"]!.AsArray().Select(a => (string?)a!["preview"]!["content"]!["title"]).ToList();
        Assert.Contains("Orga - Anbindung", titles);
        Assert.Contains("Präambel zur Integrationspolitik", titles);
    }

    [Fact]
    public async Task Pages_follow_skip_and_count()
    {
        var all = (await QueryAsync("Stuttgart"))["attachments"]!.AsArray();
        var page = (await QueryAsync("Stuttgart", skip: 1, count: 1))["attachments"]!.AsArray();

        Assert.True(all.Count >= 2);
        Assert.Equal(all[1]!["preview"]!.ToJsonString(), Assert.Single(page)!["preview"]!.ToJsonString());
    }

    [Fact]
    public async Task Nothing_found_is_a_friendly_German_message()
    {
        var result = await QueryAsync("Gewerbesteuer Zoo");

        Assert.Equal("message", (string?)result["type"]);
        Assert.Contains("nichts gefunden", (string?)result["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Selecting_a_preview_answers_with_its_full_card()
    {
        var first = (await QueryAsync("Flüchtlingsberatung"))["attachments"]!.AsArray()[0]!;
        var tapValue = first["preview"]!["content"]!["tap"]!["value"]!.DeepClone();

        var selected = await InvokeAsync("composeExtension/selectItem", tapValue);

        var attachment = Assert.Single(selected["composeExtension"]!["attachments"]!.AsArray())!;
        Assert.Equal(first["content"]!.ToJsonString(), attachment["content"]!.ToJsonString());
    }

    [Fact]
    public async Task Selecting_an_unknown_item_says_so_instead_of_failing()
    {
        var selected = await InvokeAsync("composeExtension/selectItem", new JsonObject { ["key"] = "Gibt es nicht" });

        Assert.Equal("message", (string?)selected["composeExtension"]!["type"]);
    }

    [Fact]
    public async Task A_query_without_value_offers_the_aspects()
    {
        var result = await InvokeAsync("composeExtension/query", null);

        Assert.NotEmpty(result["composeExtension"]!["attachments"]!.AsArray());
    }

    private async Task<JsonNode> QueryAsync(string? text, bool initialRun = false, int skip = 0, int count = 25)
    {
        var parameters = new JsonArray();
        if (initialRun)
        {
            parameters.Add(new JsonObject { ["name"] = "initialRun", ["value"] = "true" });
        }

        if (text is not null)
        {
            parameters.Add(new JsonObject { ["name"] = "frage", ["value"] = text });
        }

        var value = new JsonObject
        {
            ["commandId"] = "synopseSuchen",
            ["parameters"] = parameters,
            ["queryOptions"] = new JsonObject { ["skip"] = skip, ["count"] = count },
        };
        return (await InvokeAsync("composeExtension/query", value))["composeExtension"]!;
    }

    private async Task<JsonNode> InvokeAsync(string name, JsonNode? value)
    {
        var activity = new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = name,
            ["id"] = Guid.NewGuid().ToString(),
            ["channelId"] = "msteams",
            // Anonymous mode answers only local serviceUrls; an invoke is answered in the HTTP response anyway.
            ["serviceUrl"] = "http://127.0.0.1:1/",
            ["from"] = new JsonObject { ["id"] = "29:alice", ["name"] = "Alice", ["aadObjectId"] = "aad-alice" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "IntegrationBot" },
            ["conversation"] = new JsonObject { ["id"] = "a:personal-alice", ["conversationType"] = "personal" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant" }, ["source"] = new JsonObject { ["name"] = "compose" } },
            ["locale"] = "de-DE",
        };
        if (value is not null)
        {
            activity["value"] = value;
        }

        using var response = await _client.PostAsJsonAsync("/api/messages", activity);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"HTTP {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>The real host on the seed synopsis, in anonymous mode.</summary>
    public sealed class Host : IDisposable
    {
        private readonly BotApplicationFactory _factory = new();

        public HttpClient CreateClient() => _factory.CreateClient();

        public void Dispose() => _factory.Dispose();
    }
}
