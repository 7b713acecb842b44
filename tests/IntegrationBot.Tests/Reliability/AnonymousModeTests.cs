using System.Net;
using IntegrationBot.Tests.Hosting;
using IntegrationBot.Tests.Reliability.Support;

namespace IntegrationBot.Tests.Reliability;

/// <summary>Without a MicrosoftAppId nobody is authenticated: only loopback clients are answered, unless explicitly allowed.</summary>
public sealed class AnonymousModeTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public async Task Answers_loopback_clients(string address)
    {
        await using var bot = new BotApplicationFactory { Settings = new Dictionary<string, string?>(), Bot = new EchoBot() }.Started();

        using var response = await SendFromAsync(bot, address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("10.0.0.5")]
    [InlineData("2001:db8::1")]
    public async Task Refuses_remote_clients_with_403_and_a_log_line(string address)
    {
        await using var bot = new BotApplicationFactory { Settings = new Dictionary<string, string?>(), Bot = new EchoBot() }.Started();

        using var response = await SendFromAsync(bot, address);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(bot.Logs.Lines, line => line.Contains(address, StringComparison.Ordinal) && line.Contains("loopback", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Answers_remote_clients_when_the_option_allows_it()
    {
        await using var bot = new BotApplicationFactory { Settings = new Dictionary<string, string?> { ["Security:AllowAnonymousRemote"] = "true" }, Bot = new EchoBot() }.Started();

        using var response = await SendFromAsync(bot, "203.0.113.7");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Warns_at_start_up_that_requests_are_not_authenticated()
    {
        await using var bot = new BotApplicationFactory { Settings = new Dictionary<string, string?>(), Bot = new EchoBot() }.Started();

        Assert.Contains(bot.Logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("NOT authenticated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Does_not_restrict_remote_clients_when_an_app_id_authenticates_them()
    {
        await using var bot = new BotApplicationFactory { Settings = new Dictionary<string, string?> { ["MicrosoftAppId"] = "5f1b4a0e-4b5e-4c1e-9a3e-0d6f7c2b9a11", ["MicrosoftAppPassword"] = "x" }, Bot = new EchoBot() }.Started();

        using var response = await SendFromAsync(bot, "203.0.113.7");

        // Refused by authentication (no token), not by the anonymous-mode guard.
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(bot.Logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("NOT authenticated", StringComparison.Ordinal));
    }

    private static Task<HttpResponseMessage> SendFromAsync(BotApplicationFactory bot, string address)
    {
        var request = Activities.Post(Activities.Message("Hallo"));
        request.Headers.Add(BotApplicationFactory.RemoteAddressHeader, address);
        return bot.Client.SendAsync(request);
    }
}
