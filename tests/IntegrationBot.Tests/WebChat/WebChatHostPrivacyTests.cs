using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IntegrationBot.Data;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Tests.WebChat;

/// <summary>
/// The real host (Program) on a real Kestrel port: the page's headers per Direct Line mode, no Server header, the
/// settings endpoint, a page free of the synopsis' city names, and logs without message text or user ids.
/// </summary>
public sealed class WebChatHostPrivacyTests
{
    [Fact]
    public async Task The_page_is_served_with_a_strict_policy_permissions_policy_and_no_server_header()
    {
        await using var factory = KestrelBotFactory.Start(new Dictionary<string, string?> { ["WebChat:FrameAncestors:0"] = "https://intranet.stadt.example" });
        using var http = new HttpClient { BaseAddress = factory.BaseAddress };

        using var response = await http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), "the Server header is sent: " + string.Join(",", response.Headers.Server));
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'self' https://intranet.stadt.example;", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("img-src 'self' data: blob:;", policy, StringComparison.Ordinal);
        var permissions = Assert.Single(response.Headers.GetValues("Permissions-Policy"));
        Assert.Contains("camera=()", permissions, StringComparison.Ordinal);
        Assert.Contains("microphone=()", permissions, StringComparison.Ordinal);
        Assert.Contains("geolocation=()", permissions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_azure_mode_the_page_may_connect_to_the_configured_direct_line_service_only()
    {
        await using var factory = KestrelBotFactory.Start(new Dictionary<string, string?>
        {
            ["DirectLine:Mode"] = "Azure",
            ["DirectLine:Secret"] = "not-a-real-secret",
            ["DirectLine:TokenEndpoint"] = "https://europe.directline.botframework.com",
        });
        using var http = new HttpClient { BaseAddress = factory.BaseAddress };

        using var response = await http.GetAsync(new Uri("/", UriKind.Relative));

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("connect-src 'self' https://europe.directline.botframework.com wss://europe.directline.botframework.com;", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_settings_name_example_questions_of_the_loaded_synopsis_and_the_configured_links()
    {
        await using var factory = KestrelBotFactory.Start(WebChatSettings.LegalLinks);
        using var http = new HttpClient { BaseAddress = factory.BaseAddress };
        var synopsis = factory.Services.GetRequiredService<ISynopsisProvider>().Current;

        var settings = (await http.GetFromJsonAsync<JsonObject>(new Uri("api/webchat/settings", UriKind.Relative)))!;

        var examples = settings["examples"]!.AsArray().Select(e => e!["question"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(examples);
        Assert.All(examples, question => Assert.True(
            synopsis.Cities.Any(c => question.Contains(c.Name, StringComparison.Ordinal)) || synopsis.Aspects.Any(a => question.Contains(a.Title, StringComparison.Ordinal)),
            $"'{question}' names no city or aspect of the loaded synopsis"));
        Assert.Equal(WebChatSettings.PrivacyUrl, settings["links"]!["privacy"]!.GetValue<string>());
        Assert.Equal(WebChatSettings.ImprintUrl, settings["links"]!["imprint"]!.GetValue<string>());
        Assert.Equal("barrierefreiheit.html", settings["links"]!["accessibility"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_page_itself_names_no_city_of_the_synopsis()
    {
        await using var factory = KestrelBotFactory.Start();
        using var http = new HttpClient { BaseAddress = factory.BaseAddress };
        var cities = factory.Services.GetRequiredService<ISynopsisProvider>().Current.Cities;

        var html = await http.GetStringAsync(new Uri("/", UriKind.Relative));
        var script = await http.GetStringAsync(new Uri("js/webchat-page.js", UriKind.Relative));

        Assert.NotEmpty(cities);
        Assert.All(cities, city => Assert.DoesNotContain(city.Name, html + script, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_real_turn_leaves_neither_the_message_text_nor_the_user_id_in_the_logs_at_the_default_level()
    {
        var logs = new CapturedLogs();
        await using var factory = KestrelBotFactory.Start(logs: logs);
        using var http = new HttpClient { BaseAddress = factory.BaseAddress };
        const string Message = "Vertraulich Zebrastreifen-4711 in Stuttgart?";

        var client = await DirectLineClient.StartAsync(http);
        var posted = await client.PostMessageAsync(Message);
        var answered = false;
        for (var poll = 0; poll < 200 && !answered; poll++)
        {
            var activities = await client.PollAsync();
            answered = activities.Any(a => a!["replyToId"]?.GetValue<string>() == posted && a["type"]!.GetValue<string>() == "message");
        }

        Assert.True(answered, "the bot did not answer");
        // The sink gets what the configured levels let through: the startup lines prove it is listening.
        Assert.Contains(logs.Lines, line => line.Contains("Synopsis loaded", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("Zebrastreifen-4711", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(client.UserId, StringComparison.Ordinal));
    }
}
