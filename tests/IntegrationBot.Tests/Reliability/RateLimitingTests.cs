using System.Net;
using IntegrationBot.Tests.Hosting;
using IntegrationBot.Tests.Reliability.Support;

namespace IntegrationBot.Tests.Reliability;

/// <summary>Floods are cut per conversation and per client IP with 429 and Retry-After; other conversations go on.</summary>
public sealed class RateLimitingTests
{
    private static Dictionary<string, string?> TightLimits() => new()
    {
        ["Security:AllowAnonymousRemote"] = "true",
        ["Security:RateLimiting:PerConversation:TokenLimit"] = "3",
        ["Security:RateLimiting:PerConversation:TokensPerPeriod"] = "1",
        ["Security:RateLimiting:PerConversation:PeriodSeconds"] = "600",
        ["Security:RateLimiting:PerClientIp:TokenLimit"] = "5",
        ["Security:RateLimiting:PerClientIp:TokensPerPeriod"] = "1",
        ["Security:RateLimiting:PerClientIp:PeriodSeconds"] = "600",
    };

    [Fact]
    public async Task Limits_one_conversation_with_429_and_retry_after_while_others_are_answered()
    {
        await using var bot = new BotApplicationFactory { Settings = TightLimits(), Bot = new EchoBot() }.Started();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 4; i++)
        {
            var response = await SendAsync(bot, "flood", "127.0.0.1");
            statuses.Add(response.StatusCode);
            refused = response;
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(refused!.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 without Retry-After");
        using var other = await SendAsync(bot, "calm", "127.0.0.1");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Limits_one_remote_client_ip_across_conversations()
    {
        await using var bot = new BotApplicationFactory { Settings = TightLimits(), Bot = new EchoBot() }.Started();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await SendAsync(bot, $"c{i}", "203.0.113.7");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        using var otherClient = await SendAsync(bot, "c-other", "198.51.100.9");
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
    }

    [Fact]
    public async Task Default_limits_let_a_brisk_human_conversation_through()
    {
        await using var bot = new BotApplicationFactory { Settings = new Dictionary<string, string?>(), Bot = new EchoBot() }.Started();

        for (var i = 0; i < 20; i++)
        {
            using var response = await SendAsync(bot, "human", "127.0.0.1");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static Task<HttpResponseMessage> SendAsync(BotApplicationFactory bot, string conversationId, string address)
    {
        var request = Activities.Post(Activities.Message("Hallo", conversationId: conversationId));
        request.Headers.Add(BotApplicationFactory.RemoteAddressHeader, address);
        return bot.Client.SendAsync(request);
    }
}
