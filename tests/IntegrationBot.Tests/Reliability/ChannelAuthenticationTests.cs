using System.Net;
using IntegrationBot.Tests.Hosting;
using IntegrationBot.Tests.Reliability.Support;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationBot.Tests.Reliability;

/// <summary>
/// With a MicrosoftAppId the SDK authenticates every request against (a local stand-in of) the Bot Framework's OpenID
/// metadata: properly signed channel and Emulator tokens get a turn, every kind of bad token gets 401, never 500.
/// </summary>
public sealed class ChannelAuthenticationTests(ChannelAuthenticationFixture fixture) : IClassFixture<ChannelAuthenticationFixture>
{
    private const string AppId = ChannelAuthenticationFixture.AppId;

    [Fact]
    public async Task Accepts_a_channel_token_signed_with_a_published_endorsed_key()
    {
        var token = ChannelTokens.Channel(fixture.Metadata.ChannelKey, AppId, Activities.TeamsServiceUrl);

        using var response = await SendAsync("Bearer " + token);

        Assert.True(response.StatusCode == HttpStatusCode.OK, RecentLogs());
        Assert.Contains("Echo: Hallo", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepts_an_emulator_token_for_this_app()
    {
        var token = ChannelTokens.Emulator(fixture.Metadata.ChannelKey, AppId);

        using var response = await SendAsync("Bearer " + token, channelId: "emulator", serviceUrl: "http://localhost:51234");

        Assert.True(response.StatusCode == HttpStatusCode.OK, RecentLogs());
    }

    private static readonly Dictionary<string, Func<OpenIdMetadataStandIn, string?>> BadAuthorizations = new()
    {
        ["missing header"] = _ => null,
        ["empty bearer"] = _ => "Bearer ",
        ["wrong scheme"] = m => "Basic " + ChannelTokens.Channel(m.ChannelKey, AppId, Activities.TeamsServiceUrl),
        ["not a JWT"] = _ => "Bearer not-a-token",
        ["three garbage segments"] = _ => "Bearer abc.def.ghi",
        ["token without bearer scheme"] = m => ChannelTokens.Channel(m.ChannelKey, AppId, Activities.TeamsServiceUrl),
        ["unsigned (alg none)"] = _ => "Bearer " + ChannelTokens.Unsigned(AppId, Activities.TeamsServiceUrl),
        ["forged: published key id, other key"] = _ => "Bearer " + ChannelTokens.Channel(OpenIdMetadataStandIn.NewKey("channel-key"), AppId, Activities.TeamsServiceUrl),
        ["forged: unknown key id"] = _ => "Bearer " + ChannelTokens.Channel(OpenIdMetadataStandIn.NewKey("attacker-key"), AppId, Activities.TeamsServiceUrl),
        ["symmetric key"] = _ => "Bearer " + ChannelTokens.Channel(new SymmetricSecurityKey(new byte[32]) { KeyId = "channel-key" }, AppId, Activities.TeamsServiceUrl),
        ["expired"] = m => "Bearer " + ChannelTokens.Channel(m.ChannelKey, AppId, Activities.TeamsServiceUrl, expires: DateTime.UtcNow.AddHours(-1)),
        ["not yet valid"] = m => "Bearer " + ChannelTokens.Channel(m.ChannelKey, AppId, Activities.TeamsServiceUrl, expires: DateTime.UtcNow.AddHours(3), notBefore: DateTime.UtcNow.AddHours(2)),
        ["wrong audience"] = m => "Bearer " + ChannelTokens.Channel(m.ChannelKey, "another-bot", Activities.TeamsServiceUrl),
        ["wrong issuer"] = m => "Bearer " + ChannelTokens.Channel(m.ChannelKey, AppId, Activities.TeamsServiceUrl, issuer: "https://evil.example"),
        ["serviceUrl claim for another service"] = m => "Bearer " + ChannelTokens.Channel(m.ChannelKey, AppId, "https://attacker.example/"),
        ["key not endorsed for the channel"] = m => "Bearer " + ChannelTokens.Channel(m.SkypeOnlyKey, AppId, Activities.TeamsServiceUrl),
        ["emulator token for another app"] = m => "Bearer " + ChannelTokens.Emulator(m.ChannelKey, "another-bot"),
    };

    public static TheoryData<string> BadAuthorizationKinds() => new(BadAuthorizations.Keys);

    [Theory]
    [MemberData(nameof(BadAuthorizationKinds))]
    public async Task Refuses_bad_tokens_with_401(string kind)
    {
        using var response = await SendAsync(BadAuthorizations[kind](fixture.Metadata));

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{kind}: expected 401, got {(int)response.StatusCode}");
        Assert.DoesNotContain("Echo", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_closed_with_401_and_a_log_line_when_the_metadata_cannot_be_fetched()
    {
        // A loopback port nobody listens on: the metadata fetch fails like an outage would.
        var unreachable = $"https://localhost:{FreePort()}/.well-known/openid-configuration";
        await using var bot = new BotApplicationFactory { Settings = ChannelAuthenticationFixture.Settings(unreachable), Bot = new EchoBot() }.Started();
        var token = ChannelTokens.Channel(fixture.Metadata.ChannelKey, AppId, Activities.TeamsServiceUrl);

        using var request = Activities.Post(Activities.Message("Hallo"), "Bearer " + token);
        using var response = await bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(bot.Logs.Lines, line => line.Contains("failing closed with 401", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fails_closed_with_401_within_the_time_limit_when_the_metadata_service_hangs()
    {
        // Accepts connections and never answers, like a metadata service behind a dropping firewall.
        using var blackHole = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        blackHole.Start();
        var hanging = $"https://localhost:{((IPEndPoint)blackHole.LocalEndpoint).Port}/.well-known/openid-configuration";
        var settings = ChannelAuthenticationFixture.Settings(hanging);
        settings["Security:AuthenticationTimeout"] = "00:00:01";
        await using var bot = new BotApplicationFactory { Settings = settings, Bot = new EchoBot() }.Started();
        var token = ChannelTokens.Channel(fixture.Metadata.ChannelKey, AppId, Activities.TeamsServiceUrl);

        using var request = Activities.Post(Activities.Message("Hallo"), "Bearer " + token);
        using var response = await bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(bot.Logs.Lines, line => line.Contains("TimeoutException", StringComparison.Ordinal) && line.Contains("failing closed with 401", StringComparison.Ordinal));
    }

    private async Task<HttpResponseMessage> SendAsync(string? authorization, string channelId = "msteams", string serviceUrl = Activities.TeamsServiceUrl)
    {
        using var request = Activities.Post(Activities.Message("Hallo", channelId: channelId, serviceUrl: serviceUrl), authorization);
        return await fixture.Bot.Client.SendAsync(request);
    }

    private string RecentLogs() => string.Join("\n", fixture.Bot.Logs.Lines.TakeLast(5));

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
