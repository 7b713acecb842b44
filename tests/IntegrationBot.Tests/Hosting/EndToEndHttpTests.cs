using System.Text.Json.Nodes;

namespace IntegrationBot.Tests.Hosting;

/// <summary>The whole host with the real answer service, driven over HTTP like the Emulator with expectReplies.</summary>
public sealed class EndToEndHttpTests : IClassFixture<EndToEndHttpTests.RealHost>
{
    private readonly RealHost _host;

    public EndToEndHttpTests(RealHost host) => _host = host;

    [Fact]
    public async Task Seed_question_returns_the_complete_trace_and_Stuttgarts_card_then_the_follow_up_Frankfurts()
    {
        using var client = _host.CreateClient();
        var conversation = $"e2e-{Guid.NewGuid():N}";

        var first = await EmulatorActivities.PostExpectingRepliesAsync(client, EmulatorActivities.Message(conversation, "Wo ist Integration in Stuttgart angebunden?"));

        var trace = first.Single(IsRecognitionTrace)!["value"]!;
        Assert.Equal("Query", (string?)trace["intent"]);
        Assert.Equal(["Stuttgart"], Strings(trace["cities"]));
        Assert.Equal(["Orga - Anbindung"], Strings(trace["aspects"]));
        Assert.Empty(Strings(trace["unknownCities"]));
        Assert.Empty(Strings(trace["fromContext"]));
        Assert.InRange((double)trace["score"]!, 0.0, 1.0);
        Assert.NotNull(trace["searchTerms"]);
        Assert.NotNull(trace["results"]);
        Assert.Contains("Geschäftskreis des Oberbürgermeisters", Card(first).ToJsonString(EmulatorActivities.Readable), StringComparison.Ordinal);

        var second = await EmulatorActivities.PostExpectingRepliesAsync(client, EmulatorActivities.Message(conversation, "Und in Frankfurt?"));

        var followUp = second.Single(IsRecognitionTrace)!["value"]!;
        Assert.Equal(["Frankfurt"], Strings(followUp["cities"]));
        Assert.Equal(["Orga - Anbindung"], Strings(followUp["aspects"]));
        Assert.Equal(["aspects"], Strings(followUp["fromContext"]));
        Assert.Contains("Dezernat Integration", Card(second).ToJsonString(EmulatorActivities.Readable), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_message_turn_sends_exactly_one_recognition_trace_before_the_reply()
    {
        using var client = _host.CreateClient();

        foreach (var text in new[] { "Hallo", "Welche Städte gibt es?", "Wie spät ist es?", "   " })
        {
            var replies = await EmulatorActivities.PostExpectingRepliesAsync(client, EmulatorActivities.Message($"e2e-{Guid.NewGuid():N}", text));

            Assert.Single(replies, IsRecognitionTrace);
            Assert.True(IsRecognitionTrace(replies[0]), text);
            Assert.Equal("message", (string?)replies[^1]!["type"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)replies[^1]!["text"]), text);
        }
    }

    [Fact]
    public async Task Teams_channel_message_with_an_at_mention_is_answered_over_HTTP()
    {
        using var client = _host.CreateClient();
        var activity = EmulatorActivities.Message($"19:general-{Guid.NewGuid():N}@thread.tacv2", "<at>IntegrationBot</at> Wo ist Integration in Stuttgart angebunden?");
        activity["channelId"] = "msteams";
        activity["conversation"]!["conversationType"] = "channel";
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>IntegrationBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = EmulatorActivities.BotId, ["name"] = "IntegrationBot" },
        });
        activity["channelData"] = new JsonObject
        {
            ["teamsChannelId"] = "19:general@thread.tacv2",
            ["teamsTeamId"] = "19:team@thread.tacv2",
            ["channel"] = new JsonObject { ["id"] = "19:general@thread.tacv2" },
            ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" },
            ["tenant"] = new JsonObject { ["id"] = "0a1b2c3d-4e5f-6789-abcd-ef0123456789" },
        };

        var replies = await EmulatorActivities.PostExpectingRepliesAsync(client, activity);

        var trace = replies.Single(IsRecognitionTrace)!["value"]!;
        Assert.Equal(["Stuttgart"], Strings(trace["cities"]));
        Assert.Contains("Geschäftskreis des Oberbürgermeisters", Card(replies).ToJsonString(EmulatorActivities.Readable), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("task/fetch")]
    [InlineData("composeExtension/query")]
    [InlineData("something/unknown")]
    [InlineData(null)]
    public async Task Invokes_the_bot_does_not_implement_are_acknowledged_without_a_server_error(string? name)
    {
        using var client = _host.CreateClient();
        var activity = EmulatorActivities.Message($"e2e-{Guid.NewGuid():N}", text: null);
        activity["type"] = "invoke";
        activity["name"] = name;
        activity["channelId"] = "msteams";
        activity.Remove("deliveryMode");

        using var content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    private static bool IsRecognitionTrace(JsonNode? activity) =>
        (string?)activity!["type"] == "trace" && (string?)activity["name"] == "IntegrationBot.Recognition";

    private static JsonNode Card(JsonArray replies) =>
        replies.Last(reply => (string?)reply!["type"] == "message")!["attachments"]!.AsArray().Single()!["content"]!;

    private static List<string?> Strings(JsonNode? array) => [.. array!.AsArray().Select(item => (string?)item)];

    /// <summary>One host for the class: loading the synopsis, lexicon and templates once is enough.</summary>
    public sealed class RealHost : IDisposable
    {
        private readonly BotApplicationFactory _factory = new();

        public HttpClient CreateClient() => _factory.CreateClient();

        public void Dispose() => _factory.Dispose();
    }
}
