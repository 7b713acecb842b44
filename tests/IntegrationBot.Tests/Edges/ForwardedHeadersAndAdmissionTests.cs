using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace IntegrationBot.Tests.Edges;

/// <summary>
/// Loopback means the TCP peer is loopback, or a configured trusted proxy vouches for a loopback client; a header alone
/// never does, also with ASPNETCORE_FORWARDEDHEADERS_ENABLED. Token creation is rate-limited on that same address,
/// checks Origin, and a store full of live conversations answers 503 with Retry-After instead of evicting one.
/// </summary>
[Collection(ForwardedHeadersEnvironment.Name)]
public sealed class ForwardedHeadersAndAdmissionTests
{
    private const string TokenPath = "/api/directline/token";

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("127.0.0.1, 127.0.0.1")]
    public async Task A_forwarded_loopback_address_from_an_untrusted_peer_stays_remote(string forwardedFor)
    {
        await using var host = TestPeer.Host(new Dictionary<string, string?>());
        using var client = host.CreateClient();

        using var token = await client.SendAsync(TestPeer.Post(TokenPath, "203.0.113.7", forwardedFor));
        using var message = await client.SendAsync(TestPeer.Post("/api/messages", "203.0.113.7", forwardedFor, body: """{"type":"message","text":"Hallo","channelId":"emulator","serviceUrl":"http://localhost:1/","conversation":{"id":"c"},"from":{"id":"u"},"recipient":{"id":"b"},"deliveryMode":"expectReplies"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, message.StatusCode);
    }

    [Fact]
    public async Task The_framework_switch_that_trusts_every_proxy_does_not_make_a_header_count()
    {
        using var environment = ForwardedHeadersEnvironment.Enable();
        await using var host = TestPeer.Host(new Dictionary<string, string?>());
        using var client = host.CreateClient();

        using var token = await client.SendAsync(TestPeer.Post(TokenPath, "203.0.113.7", "127.0.0.1"));

        Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
    }

    [Theory]
    [InlineData("10.0.0.5", "127.0.0.1", HttpStatusCode.OK)]
    [InlineData("10.0.0.5", "203.0.113.9", HttpStatusCode.Forbidden)]
    [InlineData("10.9.0.5", "127.0.0.1", HttpStatusCode.Forbidden)]
    public async Task A_configured_trusted_proxy_vouches_for_its_client(string peer, string forwardedFor, HttpStatusCode expected)
    {
        await using var host = TestPeer.Host(new Dictionary<string, string?> { ["Security:TrustedProxies:0"] = "10.0.0.0/24" });
        using var client = host.CreateClient();

        using var token = await client.SendAsync(TestPeer.Post(TokenPath, peer, forwardedFor));

        Assert.Equal(expected, token.StatusCode);
    }

    [Fact]
    public async Task Rotating_forwarded_headers_does_not_buy_fresh_token_buckets()
    {
        await using var host = TestPeer.Host(RateLimited(("Security:AllowAnonymousRemote", "true")));
        using var client = host.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.SendAsync(TestPeer.Post(TokenPath, "203.0.113.7", $"198.51.100.{i}"));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_each_client_has_its_own_token_bucket_and_loopback_is_limited_too()
    {
        await using var host = TestPeer.Host(RateLimited(("Security:TrustedProxies:0", "10.0.0.5"), ("Security:AllowAnonymousRemote", "true")));
        using var client = host.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            using var first = await client.SendAsync(TestPeer.Post(TokenPath, "10.0.0.5", "198.51.100.1"));
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var fourth = await client.SendAsync(TestPeer.Post(TokenPath, "10.0.0.5", "198.51.100.1"));
        using var other = await client.SendAsync(TestPeer.Post(TokenPath, "10.0.0.5", "198.51.100.2"));
        var loopback = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.SendAsync(TestPeer.Post(TokenPath, "127.0.0.1"));
            loopback.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, loopback[^1]);
    }

    [Theory]
    [InlineData("http://localhost", HttpStatusCode.OK)]
    [InlineData("https://intranet.example.de", HttpStatusCode.OK)]
    [InlineData("https://evil.example", HttpStatusCode.Forbidden)]
    [InlineData("null", HttpStatusCode.Forbidden)]
    public async Task Token_requests_from_a_page_are_checked_against_the_own_origin_and_the_configured_embedders(string origin, HttpStatusCode expected)
    {
        await using var host = TestPeer.Host(new Dictionary<string, string?> { ["DirectLine:AllowedOrigins:0"] = "https://intranet.example.de" });
        using var client = host.CreateClient();

        using var token = await client.SendAsync(TestPeer.Post(TokenPath, "127.0.0.1", origin: origin));

        Assert.Equal(expected, token.StatusCode);
    }

    [Fact]
    public async Task A_burst_of_new_conversations_never_evicts_a_live_one_and_gets_503_with_retry_after()
    {
        await using var host = TestPeer.Host(new Dictionary<string, string?> { ["DirectLine:MaxConversations"] = "3", ["DirectLine:TokenRateLimit:TokenLimit"] = "100" });
        using var client = host.CreateClient();
        var (id, token) = await DirectLineSession.OpenAsync(client, "127.0.0.1");
        using var asked = await DirectLineSession.PostAsync(client, "127.0.0.1", id, token, DirectLineSession.Message("Wo ist Integration in Stuttgart angebunden?"));

        var burst = new List<HttpResponseMessage>();
        for (var i = 0; i < 10; i++)
        {
            burst.Add(await client.SendAsync(TestPeer.Post(TokenPath, "127.0.0.1")));
        }

        using var followUp = await DirectLineSession.PostAsync(client, "127.0.0.1", id, token, DirectLineSession.Message("Und in Frankfurt?"));
        var activities = (await DirectLineSession.GetAsync(client, "127.0.0.1", id, token))["activities"]!.AsArray();

        Assert.Equal(2, burst.Count(response => response.StatusCode == HttpStatusCode.OK));
        Assert.All(burst.Where(response => response.StatusCode != HttpStatusCode.OK), response =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        });
        Assert.Equal(HttpStatusCode.OK, followUp.StatusCode);
        Assert.Contains(activities, activity => ((string?)activity!["text"])?.Contains("Frankfurt", StringComparison.Ordinal) == true && (string?)activity["from"]!["role"] == "bot");
        burst.ForEach(response => response.Dispose());
    }

    [Fact]
    public async Task The_echo_keeps_only_what_the_transcript_needs_and_large_transcripts_are_paged()
    {
        await using var host = TestPeer.Host(new Dictionary<string, string?> { ["DirectLine:MaxActivitiesPageBytes"] = "8192", ["DirectLine:MaxEchoTextLength"] = "100" });
        using var client = host.CreateClient();
        var (id, token) = await DirectLineSession.OpenAsync(client, "127.0.0.1");
        var big = DirectLineSession.Message(new string('x', 5_000) + " Stuttgart");
        big["value"] = new string('v', 200_000);
        big["channelData"] = new JsonObject { ["clientActivityID"] = "abc", ["junk"] = new string('j', 10_000) };
        using var posted = await DirectLineSession.PostAsync(client, "127.0.0.1", id, token, big);
        posted.EnsureSuccessStatusCode();

        var pages = new List<JsonObject>();
        var watermark = string.Empty;
        for (var i = 0; i < 20; i++)
        {
            var page = await DirectLineSession.GetAsync(client, "127.0.0.1", id, token, watermark);
            if (page["activities"]!.AsArray().Count == 0)
            {
                break;
            }

            pages.Add(page);
            watermark = (string)page["watermark"]!;
        }

        var echo = pages.SelectMany(page => page["activities"]!.AsArray()).First(activity => (string?)activity!["from"]!["role"] == "user")!;
        Assert.Equal(101, ((string)echo["text"]!).Length);
        Assert.Null(echo["value"]);
        Assert.Equal("abc", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Null(echo["channelData"]!["junk"]);
        Assert.True(pages.Count >= 2, "the welcome card, the echo and the answer do not fit one 8 KB page");
    }

    [Fact]
    public async Task A_flood_of_posts_stays_within_the_transcript_budget_and_readyz_reports_the_pressure()
    {
        await using var host = TestPeer.Host(new Dictionary<string, string?>
        {
            ["DirectLine:MaxTotalBytes"] = "131072",
            ["DirectLine:MaxConversationBytes"] = "65536",
        });
        using var client = host.CreateClient();
        var conversations = new List<(string Id, string Token)>();
        for (var i = 0; i < 4; i++)
        {
            conversations.Add(await DirectLineSession.OpenAsync(client, "127.0.0.1"));
        }

        using (var calm = await client.GetAsync("/readyz"))
        {
            Assert.Equal("Healthy", (string?)System.Text.Json.Nodes.JsonNode.Parse(await calm.Content.ReadAsStringAsync())!["checks"]!["directline"]!["status"]);
        }

        // 40 posts of about 250 KB each (10 MB), against a 128 KB budget for all transcripts.
        var flood = DirectLineSession.Message(new string('y', 120_000));
        flood["value"] = new string('z', 130_000);
        for (var i = 0; i < 40; i++)
        {
            var (id, token) = conversations[i % conversations.Count];
            using var posted = await DirectLineSession.PostAsync(client, "127.0.0.1", id, token, flood);
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }

        using var ready = await client.GetAsync("/readyz");
        var directLine = System.Text.Json.Nodes.JsonNode.Parse(await ready.Content.ReadAsStringAsync())!["checks"]!["directline"]!;
        Assert.Equal("Degraded", (string?)directLine["status"]);
        Assert.InRange(long.Parse((string)directLine["transcriptBytes"]!, System.Globalization.CultureInfo.InvariantCulture), 1, 131_072 + (4 * 64 * 1024));
    }

    private static Dictionary<string, string?> RateLimited(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["DirectLine:TokenRateLimit:TokenLimit"] = "3",
            ["DirectLine:TokenRateLimit:TokensPerPeriod"] = "1",
            ["DirectLine:TokenRateLimit:PeriodSeconds"] = "3600",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }
}
