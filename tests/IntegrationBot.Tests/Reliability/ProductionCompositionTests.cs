using System.Net;
using System.Text.Json.Nodes;
using IntegrationBot.Authentication;
using IntegrationBot.Core.Answers;
using IntegrationBot.Data;
using IntegrationBot.Performance;
using IntegrationBot.Security;
using IntegrationBot.State;
using IntegrationBot.Tests.Hosting;
using IntegrationBot.Tests.Reliability.Support;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Tests.Reliability;

/// <summary>
/// The real bot behind the reliability parts: hostile but well-formed activities get a friendly German answer (or are
/// ignored), never a 5xx; the synopsis is ready; with Redis, a follow-up on another instance and after a restart
/// continues the conversation.
/// </summary>
[Trait("Category", "Redis")]
public sealed class ProductionCompositionTests(RedisServer redis) : IClassFixture<RedisServer>
{
    public static TheoryData<string> SubmitValues() => new()
    {
        "{\"question\":\"Wo ist Integration in Stuttgart angebunden?\"}",
        "{\"msteams\":{\"type\":\"messageBack\",\"text\":\"Und in Frankfurt?\"}}",
        "{\"action\":{\"nested\":[1,[2,[3,{\"deep\":null}]]]}}",
        "[1,\"zwei\",{\"drei\":3}]",
        "\"nur ein Text\"",
        "42",
        "true",
        "{}",
        "{\"text\":\"\\u202E\\u200B${evil}<script>alert(1)</script>\"}",
    };

    [Theory]
    [MemberData(nameof(SubmitValues))]
    public async Task Answers_action_submits_of_any_shape(string value)
    {
        await using var bot = new BotApplicationFactory();
        var activity = Activities.Message("ignored", conversationId: Guid.NewGuid().ToString("N"), channelId: "emulator", serviceUrl: "http://localhost:1");
        activity.Remove("text");
        activity["value"] = JsonNode.Parse(value);

        var replies = await PostAsync(bot, activity);

        Assert.Contains(replies, reply => reply?["type"]?.GetValue<string>() == "message");
    }

    public static TheoryData<string> HostileTexts() => new()
    {
        new string('a', 20_000),
        string.Concat(Enumerable.Repeat("Wo ist Integration in Stuttgart angebunden? ", 400)),
        "\u0000\u0001\u0007\u001b[31mStuttgart\u007f",
        "\u202EtraguttS ni noitargetnI tsi oW",
        "Wo\u200Bist\u200DIntegration\uFEFFin Stuttgart angebunden?",
        "🤖🇩🇪👩🏽‍💻 Stuttgart 🙂",
        "<script>alert(1)</script> <u>Stuttgart:</u> <img src=x onerror=alert(1)>",
        "${$root.secret} {{7*7}} $when ${if(true, 'x', 'y')}",
        "**Stuttgart** [klick](javascript:alert(1)) `code` # Titel",
        "\ud800 Stuttgart \udc00",
        "",
        "   ",
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public async Task Answers_hostile_texts_politely(string text)
    {
        await using var bot = new BotApplicationFactory();

        var replies = await PostAsync(bot, Activities.Message(text, conversationId: Guid.NewGuid().ToString("N"), channelId: "emulator", serviceUrl: "http://localhost:1"));

        var message = Assert.Single(replies, reply => reply?["type"]?.GetValue<string>() == "message")!;
        Assert.False(string.IsNullOrWhiteSpace(message["text"]?.GetValue<string>()));
        Assert.DoesNotContain(bot.Logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("futureType")]
    [InlineData("typing")]
    [InlineData("endOfConversation")]
    [InlineData("event")]
    public async Task Ignores_activity_types_it_has_nothing_to_say_to(string type)
    {
        await using var bot = new BotApplicationFactory();
        var activity = Activities.Message("Hallo", conversationId: Guid.NewGuid().ToString("N"), channelId: "emulator", serviceUrl: "http://localhost:1");
        activity["type"] = type;

        var replies = await PostAsync(bot, activity);

        Assert.DoesNotContain(replies, reply => reply?["type"]?.GetValue<string>() == "message");
    }

    [Fact]
    public async Task Is_ready_with_the_shipped_synopsis_and_the_reliability_parts_in_place()
    {
        await using var bot = new BotApplicationFactory();

        using var ready = await bot.Client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", JsonNode.Parse(await ready.Content.ReadAsStringAsync())!["status"]!.GetValue<string>());
        var answers = Assert.IsType<IntegrationBot.Insights.InsightsRecordingAnswerService>(bot.Services.GetRequiredService<IAnswerService>());
        Assert.IsType<ReloadingAnswerService>(answers.Inner);
        var authentication = Assert.IsType<CachingBotFrameworkAuthentication>(bot.Services.GetRequiredService<BotFrameworkAuthentication>());
        Assert.IsType<FailClosedBotFrameworkAuthentication>(authentication.Inner);
        Assert.IsType<BoundedMemoryStorage>(bot.Services.GetRequiredService<IStorage>());
    }

    [SkippableFact]
    public async Task Continues_a_conversation_on_another_instance_and_after_a_restart_with_redis()
    {
        Skip.If(redis.Unavailable is not null, redis.Unavailable);
        var settings = new Dictionary<string, string?>
        {
            ["State:Provider"] = "Redis",
            ["State:Redis:Configuration"] = redis.Configuration,
            ["State:Redis:KeyPrefix"] = "production-composition:",
        };
        var conversation = Guid.NewGuid().ToString("N");

        await using (var instanceA = new BotApplicationFactory { Settings = settings })
        await using (var instanceB = new BotApplicationFactory { Settings = settings })
        {
            var first = Trace(await PostAsync(instanceA, Question("Wo ist Integration in Stuttgart angebunden?", conversation)));
            Assert.Equal(["Orga - Anbindung"], Strings(first["aspects"]));

            var followUp = Trace(await PostAsync(instanceB, Question("Und in Frankfurt?", conversation)));
            Assert.Equal(["Frankfurt"], Strings(followUp["cities"]));
            Assert.Equal(["Orga - Anbindung"], Strings(followUp["aspects"]));
            Assert.Contains("aspects", Strings(followUp["fromContext"]));
        }

        await using var restarted = new BotApplicationFactory { Settings = settings };
        var afterRestart = Trace(await PostAsync(restarted, Question("Und in Bielefeld?", conversation)));
        Assert.Equal(["Bielefeld"], Strings(afterRestart["cities"]));
        Assert.Equal(["Orga - Anbindung"], Strings(afterRestart["aspects"]));
    }

    [Fact]
    public async Task Still_serves_the_web_chat_page_behind_the_guards()
    {
        await using var bot = new BotApplicationFactory();

        using var page = await bot.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Continues_a_conversation_with_the_bounded_memory_store()
    {
        // Regression: the SDK's MemoryStorage records .NET type names and cannot read back the compiler's
        // collection-expression types in ConversationContext, so every follow-up failed.
        await using var bot = new BotApplicationFactory();
        var conversation = Guid.NewGuid().ToString("N");

        await PostAsync(bot, Question("Wo ist Integration in Stuttgart angebunden?", conversation));
        var followUp = Trace(await PostAsync(bot, Question("Und in Frankfurt?", conversation)));

        Assert.Equal(["Frankfurt"], Strings(followUp["cities"]));
        Assert.Equal(["Orga - Anbindung"], Strings(followUp["aspects"]));
        Assert.DoesNotContain(bot.Logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Reports_redis_in_readiness()
    {
        Skip.If(redis.Unavailable is not null, redis.Unavailable);
        await using var bot = new BotApplicationFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["State:Provider"] = "Redis",
                ["State:Redis:Configuration"] = redis.Configuration,
            },
        };

        using var ready = await bot.Client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", JsonNode.Parse(await ready.Content.ReadAsStringAsync())!["checks"]!["state"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Starts_without_redis_reports_not_ready_and_apologises_instead_of_failing()
    {
        using var closed = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        await using var bot = new BotApplicationFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["State:Provider"] = "Redis",
                ["State:Redis:Configuration"] = $"127.0.0.1:{port},connectTimeout=500,asyncTimeout=1000,syncTimeout=1000,connectRetry=0",
            },
        };

        using var ready = await bot.Client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var replies = await PostAsync(bot, Question("Wo ist Integration in Stuttgart angebunden?", Guid.NewGuid().ToString("N")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var apology = Assert.Single(replies, reply => reply?["type"]?.GetValue<string>() == "message")!;
        Assert.False(string.IsNullOrWhiteSpace(apology["text"]?.GetValue<string>()));
    }

    private static JsonObject Question(string text, string conversation) =>
        Activities.Message(text, conversationId: conversation, channelId: "emulator", serviceUrl: "http://localhost:1");

    private static JsonNode Trace(JsonArray replies) =>
        replies.Single(reply => reply?["type"]?.GetValue<string>() == "trace")!["value"]!;

    private static string[] Strings(JsonNode? array) => array!.AsArray().Select(item => item!.GetValue<string>()).ToArray();

    private static async Task<JsonArray> PostAsync(BotApplicationFactory bot, JsonObject activity)
    {
        using var response = await bot.Client.SendAsync(Activities.Post(activity));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"HTTP {(int)response.StatusCode}: {body}");
        return string.IsNullOrEmpty(body) ? [] : JsonNode.Parse(body)!["activities"]!.AsArray();
    }
}
