using System.Net;
using System.Text.Json.Nodes;
using IntegrationBot.Tests.Hosting;
using IntegrationBot.Tests.Reliability.Support;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Tests.Edges;

/// <summary>
/// The Direct Line through the real host follows the bot's trust model: anonymous mode serves loopback clients only
/// (unless opted in), a MicrosoftAppId switches the local Direct Line off unless enabled with a token secret, and a
/// contradictory configuration stops the start.
/// </summary>
public sealed class DirectLineTrustModelTests
{
    private const string TokenPath = "/api/directline/token";
    private const string AppId = "6f1f4a8e-3d2c-4b7a-9e0f-1a2b3c4d5e6f";
    private const string Secret = "a-local-direct-line-secret-of-40-characters";

    private static readonly Dictionary<string, string?> Anonymous = new();

    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("10.1.2.3")]
    [InlineData("::ffff:192.0.2.1")]
    public async Task Anonymous_mode_refuses_a_remote_client_a_token_and_the_conversation_endpoints(string peer)
    {
        var logs = new CollectingLoggerProvider();
        await using var host = TestPeer.Host(Anonymous, logs);
        using var client = host.CreateClient();

        using var token = await client.SendAsync(TestPeer.Post(TokenPath, peer));
        using var start = await client.SendAsync(TestPeer.Post("/v3/directline/conversations", peer));

        Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
        Assert.Contains(logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("loopback clients only", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Anonymous_mode_serves_a_loopback_client_a_whole_conversation()
    {
        await using var host = TestPeer.Host(Anonymous);
        using var client = host.CreateClient();

        var answer = await DirectLineSession.AskAsync(client, "127.0.0.1", "Wo ist Integration in Stuttgart angebunden?");

        Assert.Contains(answer, activity => (string?)activity!["from"]!["role"] == "bot" && activity["attachments"] is JsonArray { Count: > 0 });
    }

    [Fact]
    public async Task The_remote_opt_in_of_messages_also_opens_the_direct_line()
    {
        await using var host = TestPeer.Host(new Dictionary<string, string?> { ["Security:AllowAnonymousRemote"] = "true" });
        using var client = host.CreateClient();

        using var token = await client.SendAsync(TestPeer.Post(TokenPath, "203.0.113.7"));

        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }

    [Fact]
    public async Task With_an_app_id_the_local_direct_line_is_off_unless_enabled()
    {
        await using var host = TestPeer.Host(AppSettings());
        using var client = host.CreateClient();

        using var token = await client.SendAsync(TestPeer.Post(TokenPath, "127.0.0.1"));
        using var start = await client.SendAsync(TestPeer.Post("/v3/directline/conversations", "127.0.0.1"));

        Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, start.StatusCode);
    }

    [Fact]
    public async Task With_an_app_id_an_enabled_local_direct_line_issues_tokens_only_against_the_secret()
    {
        await using var host = TestPeer.Host(AppSettings(("DirectLine:LocalEnabled", "true"), ("DirectLine:LocalTokenSecret", Secret)));
        using var client = host.CreateClient();

        using var without = await client.SendAsync(TestPeer.Post(TokenPath, "127.0.0.1"));
        var wrong = TestPeer.Post(TokenPath, "203.0.113.7");
        wrong.Headers.Authorization = new("Bearer", Secret + "x");
        using var wrongResponse = await client.SendAsync(wrong);
        var right = TestPeer.Post(TokenPath, "203.0.113.7");
        right.Headers.Authorization = new("Bearer", Secret);
        using var rightResponse = await client.SendAsync(right);

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rightResponse.StatusCode);
    }

    [Theory]
    [InlineData("DirectLine:LocalEnabled", "true", null, null, "LocalTokenSecret")]
    [InlineData("DirectLine:LocalEnabled", "true", "DirectLine:LocalTokenSecret", "short", "at least 32")]
    [InlineData("DirectLine:Mode", "Azure", "DirectLine:LocalEnabled", "true", "contradicts")]
    public async Task A_contradictory_configuration_stops_the_start(string key, string value, string? key2, string? value2, string expected)
    {
        var settings = AppSettings((key, value), ("DirectLine:Secret", "azure-secret"));
        if (key2 is not null)
        {
            settings[key2] = value2;
        }

        await using var host = TestPeer.Host(settings);

        var failure = Assert.ThrowsAny<OptionsValidationException>(() => host.CreateClient());
        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> AppSettings(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "test-only-not-a-secret",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }
}
