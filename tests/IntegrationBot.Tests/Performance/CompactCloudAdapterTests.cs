using System.Net;
using System.Text;
using IntegrationBot.Performance;
using IntegrationBot.Tests.Hosting;
using Newtonsoft.Json.Linq;

namespace IntegrationBot.Tests.Performance;

public sealed class CompactCloudAdapterTests
{
    private static readonly Dictionary<string, string?> Anonymous = new();

    private static readonly Dictionary<string, string?> Authenticated = new()
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = "2f1e8c1a-5b7d-4c39-9e0a-7d3f6b2a9c41",
        ["MicrosoftAppPassword"] = "not-a-real-secret",
    };

    [Theory]
    [InlineData("Wo ist Integration in Stuttgart angebunden?")]
    [InlineData("Vergleiche „Präambel“ von München & Köln <b>jetzt</b> 😀")]
    [InlineData("")]
    public async Task Expect_replies_responses_carry_exactly_the_activities_the_sdk_writes(string text)
    {
        await using var sdk = AnsweringBot.Host(Anonymous, compactResponses: false);
        await using var compact = AnsweringBot.Host(Anonymous);
        var activity = AnsweringBot.Message(text, "c-1", "http://127.0.0.1:9/", "expectReplies", activityId: "a-1");

        using var sdkResponse = await sdk.PostAsync(activity.DeepClone().AsObject());
        using var compactResponse = await compact.PostAsync(activity.DeepClone().AsObject());
        var expected = WithoutTimestamps(JToken.Parse(await sdkResponse.Content.ReadAsStringAsync()));
        var actual = WithoutTimestamps(JToken.Parse(await compactResponse.Content.ReadAsStringAsync()));

        Assert.Equal(HttpStatusCode.OK, compactResponse.StatusCode);
        Assert.Equal(2, ((JArray)actual["activities"]!).Count);
        Assert.True(JToken.DeepEquals(expected, actual), $"SDK:\n{expected}\nCompact:\n{actual}");
    }

    [Fact]
    public async Task Expect_replies_responses_are_compact_utf8()
    {
        await using var host = AnsweringBot.Host(Anonymous);

        using var response = await host.PostAsync(AnsweringBot.Message("Grüße", "c-2", "http://127.0.0.1:9/", "expectReplies"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var json = Encoding.UTF8.GetString(bytes);

        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.DoesNotContain('\n', json);
        Assert.Contains("Antwort: Grüße", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compact_responses_off_gives_the_sdk_response()
    {
        await using var host = AnsweringBot.Host(new Dictionary<string, string?> { ["Performance:CompactResponses"] = "false" });

        using var response = await host.PostAsync(AnsweringBot.Message("Hallo", "c-5", "http://127.0.0.1:9/", "expectReplies"));
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentType?.CharSet);
        Assert.Contains('\n', json);
    }

    [Fact]
    public async Task Replies_to_normal_activities_still_reach_the_connector()
    {
        await using var connector = await ConnectorStandIn.StartAsync();
        await using var host = AnsweringBot.Host(Anonymous);

        using var response = await host.PostAsync(AnsweringBot.Message("Hallo", "c-3", connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = Assert.Single(connector.Received, a => (string?)a["type"] == "message");
        Assert.Equal("Antwort: Hallo", (string?)message["text"]);
        Assert.Equal("AdaptiveCard", (string?)message["attachments"]?[0]?["content"]?["type"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer eyJhbGciOiJub25lIn0.eyJpc3MiOiJodHRwczovL2F0dGFja2VyLmV4YW1wbGUvIn0.")]
    public async Task Requests_without_a_valid_token_are_refused(string? authorization)
    {
        await using var host = AnsweringBot.Host(Authenticated);

        using var response = await host.PostAsync(AnsweringBot.Message("Hallo", "c-4", "http://127.0.0.1:9/", "expectReplies"), authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, AnsweringBot.Of(host).Turns);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("not json")]
    public async Task A_body_that_is_not_an_activity_gets_400(string body)
    {
        await using var host = AnsweringBot.Host(Anonymous);

        using var response = await host.SendAsync(HttpMethod.Post, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, AnsweringBot.Of(host).Turns);
    }

    [Fact]
    public async Task Other_methods_get_the_sdk_answer()
    {
        await using var host = AnsweringBot.Host(Anonymous);

        using var response = await host.SendAsync(HttpMethod.Put, new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    // Trace activities are stamped with the time they were sent: the one field two runs cannot share.
    private static JToken WithoutTimestamps(JToken response)
    {
        foreach (var activity in response["activities"]!.Children<JObject>())
        {
            Assert.Equal(activity.Value<string>("type") == "trace", activity.Remove("timestamp"));
        }

        return response;
    }
}
