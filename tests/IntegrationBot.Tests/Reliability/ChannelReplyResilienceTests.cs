using System.Net;
using IntegrationBot.Tests.Hosting;
using IntegrationBot.Tests.Reliability.Support;

namespace IntegrationBot.Tests.Reliability;

/// <summary>Replies sent to the channel's serviceUrl survive throttling and transient failures: they are retried, honouring Retry-After.</summary>
public sealed class ChannelReplyResilienceTests
{
    private static readonly Dictionary<string, string?> FastBackoff = new()
    {
        ["Resilience:ChannelReplies:BaseDelay"] = "00:00:00.050",
    };

    [Fact]
    public async Task Retries_a_throttled_reply_after_the_retry_after_delay()
    {
        await using var connector = await ConnectorStandIn.StartAsync(
            ConnectorStandIn.Respond(HttpStatusCode.TooManyRequests, retryAfterSeconds: "1"),
            ConnectorStandIn.Respond(HttpStatusCode.OK));
        await using var bot = new BotApplicationFactory { Settings = FastBackoff, Bot = new EchoBot() }.Started();

        using var response = await bot.Client.SendAsync(Activities.Post(Activities.Message("Hallo", serviceUrl: connector.ServiceUrl, expectReplies: false)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = connector.Calls.ToArray();
        Assert.Equal(2, calls.Length);
        Assert.True(calls[1] - calls[0] >= TimeSpan.FromMilliseconds(900), $"retried after {(calls[1] - calls[0]).TotalMilliseconds} ms, before Retry-After");
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Retries_transient_server_errors_with_backoff(HttpStatusCode transient)
    {
        await using var connector = await ConnectorStandIn.StartAsync(
            ConnectorStandIn.Respond(transient),
            ConnectorStandIn.Respond(transient),
            ConnectorStandIn.Respond(HttpStatusCode.OK));
        await using var bot = new BotApplicationFactory { Settings = FastBackoff, Bot = new EchoBot() }.Started();

        using var response = await bot.Client.SendAsync(Activities.Post(Activities.Message("Hallo", serviceUrl: connector.ServiceUrl, expectReplies: false)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, connector.Calls.Count);
    }

    [Fact]
    public async Task Does_not_retry_a_client_error()
    {
        await using var connector = await ConnectorStandIn.StartAsync(ConnectorStandIn.Respond(HttpStatusCode.BadRequest));
        await using var bot = new BotApplicationFactory { Settings = FastBackoff, Bot = new EchoBot() }.Started();

        using var response = await bot.Client.SendAsync(Activities.Post(Activities.Message("Hallo", serviceUrl: connector.ServiceUrl, expectReplies: false)));

        // The refused reply is sent once (then the turn fails and the host's apology follows as a separate activity).
        Assert.Single(connector.Received, activity => (string?)activity["text"] == "Echo: Hallo");
        Assert.Contains(bot.Logs.Lines, line => line.Contains("Turn failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Gives_up_on_an_unreachable_service_url_and_finishes_the_request()
    {
        using var closed = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var serviceUrl = $"http://127.0.0.1:{((IPEndPoint)closed.LocalEndpoint).Port}/";
        closed.Stop();
        await using var bot = new BotApplicationFactory { Settings = FastBackoff, Bot = new EchoBot() }.Started();

        using var response = await bot.Client.SendAsync(Activities.Post(Activities.Message("Hallo", serviceUrl: serviceUrl, expectReplies: false)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(bot.Logs.Lines, line => line.Contains("Turn failed", StringComparison.Ordinal));
    }
}
