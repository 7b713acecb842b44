using System.Net;
using System.Text;
using IntegrationBot.Bot;
using IntegrationBot.Tests.Hosting;

namespace IntegrationBot.Tests.Edges;

/// <summary>
/// Synopsis text reaches text/summary escaped for markdown (speak escaped for SSML), through the real host with a
/// synopsis whose titles carry markdown; and in anonymous mode the bot never POSTs to a serviceUrl that is not local.
/// </summary>
public sealed class EscapingAndServiceUrlTests : IDisposable
{
    private const string HostileAspect = "[Hier klicken](https://evil.example/x) **Beratung**";
    private readonly string _directory = Directory.CreateTempSubdirectory("synopsis-escape-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("[Hier klicken](https://evil.example)", "\\[Hier klicken\\](https://evil.example)")]
    [InlineData("**fett** und _kursiv_", "\\*\\*fett\\*\\* und \\_kursiv\\_")]
    [InlineData("<img src=x onerror=alert(1)>", "\\<img src=x onerror=alert(1)\\>")]
    [InlineData("# Titel\n- Punkt\n> Zitat", "\\# Titel\n\\- Punkt\n\\> Zitat")]
    [InlineData("Orga - Anbindung: Dezernat III", "Orga - Anbindung: Dezernat III")]
    public void Markdown_syntax_in_data_text_is_escaped_and_plain_text_stays_as_it_is(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(text));

    [Fact]
    public async Task A_synopsis_title_carrying_markdown_is_escaped_in_text_summary_and_speak()
    {
        var path = Path.Combine(_directory, "synopsis.tsv");
        await File.WriteAllTextAsync(path, $"Synopse Integration\n{HostileAspect}\t<p><u>Stuttgart:</u> Beratung im Rathaus</p>\nOrga - Anbindung\t<p><u>Stuttgart:</u> Geschäftskreis</p>\n", Encoding.UTF8);
        await using var factory = new BotApplicationFactory(settings: new Dictionary<string, string?> { ["Synopsis:Path"] = path });
        using var client = factory.CreateClient();

        // An all-cities question about that aspect: its title is the card's headline, so it reaches text and summary.
        var replies = await EmulatorActivities.PostExpectingRepliesAsync(client, EmulatorActivities.Message("escape-" + Guid.NewGuid().ToString("N"), "Was steht in allen Städten zu Hier klicken?"));

        var message = replies.Last(reply => (string?)reply!["type"] == "message")!;
        var visible = string.Join("\n", new[] { (string?)message["text"], (string?)message["summary"] }.Where(part => part is not null));
        Assert.Contains("Hier klicken", visible, StringComparison.Ordinal);
        Assert.DoesNotContain("[Hier klicken](", visible, StringComparison.Ordinal);
        Assert.DoesNotContain("**Beratung**", visible, StringComparison.Ordinal);
        Assert.DoesNotContain("<u>", (string?)message["speak"] ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/", null, HttpStatusCode.BadRequest)]
    [InlineData("http://10.0.0.8:8080/", "normal", HttpStatusCode.BadRequest)]
    [InlineData("https://evil.example/", "expectReplies", HttpStatusCode.OK)]
    [InlineData("http://localhost:9/", "expectReplies", HttpStatusCode.OK)]
    [InlineData("http://intranet-emulator.example:5000/", "expectReplies", HttpStatusCode.OK)]
    public async Task Anonymous_mode_replies_only_to_a_local_service_url(string serviceUrl, string? deliveryMode, HttpStatusCode expected)
    {
        await using var factory = new BotApplicationFactory(settings: new Dictionary<string, string?>
        {
            ["Security:LocalServiceUrls:0"] = "http://intranet-emulator.example:5000/",
        });
        using var client = factory.CreateClient();
        var activity = EmulatorActivities.Message("svc-" + Guid.NewGuid().ToString("N"), "Hallo");
        activity["serviceUrl"] = serviceUrl;
        activity.Remove("deliveryMode");
        if (deliveryMode is not null)
        {
            activity["deliveryMode"] = deliveryMode;
        }

        using var response = await client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_configured_local_service_url_may_be_posted_to_without_expect_replies()
    {
        await using var factory = new BotApplicationFactory(settings: new Dictionary<string, string?> { ["Security:LocalServiceUrls:0"] = "http://intranet-emulator.example:5000/" });
        using var client = factory.CreateClient();
        var activity = EmulatorActivities.Message("svc-" + Guid.NewGuid().ToString("N"), "Hallo");
        activity["serviceUrl"] = "http://intranet-emulator.example:5000/";
        activity["deliveryMode"] = "normal";
        activity["type"] = "typing";

        using var response = await client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.NotEqual(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
