using System.Text.Json.Nodes;
using IntegrationBot.Tests.Hosting;

namespace IntegrationBot.Tests.Bot;

/// <summary>The new intents through HTTP on the real host: trace fields of the contract, and the replies of one turn.</summary>
public sealed class DataQuestionTraceTests : IClassFixture<DataQuestionTraceTests.Host>
{
    private readonly Host _host;

    public DataQuestionTraceTests(Host host) => _host = host;

    [Fact]
    public async Task Coverage_trace_carries_the_aspect_no_cities_and_the_coverage_kind()
    {
        var trace = Trace(await AskAsync("Welche Städte haben keine Angaben zur Präambel?"));

        Assert.Equal("Coverage", (string?)trace["intent"]);
        Assert.Equal("lacks", (string?)trace["coverage"]);
        Assert.Equal(["Präambel zur Integrationspolitik"], trace["aspects"]!.AsArray().Select(a => (string)a!));
        Assert.Empty(trace["cities"]!.AsArray());
        Assert.Null(trace["term"]);
    }

    [Fact]
    public async Task Define_trace_carries_the_term()
    {
        var trace = Trace(await AskAsync("Was bedeutet RAA?"));

        Assert.Equal("Define", (string?)trace["intent"]);
        Assert.Equal("RAA", (string?)trace["term"]);
        Assert.Null(trace["coverage"]);
    }

    [Fact]
    public async Task Date_question_is_About_and_its_card_has_the_dated_footer()
    {
        var replies = await AskAsync("Von wann sind die Daten?");

        Assert.Equal("About", (string?)Trace(replies)["intent"]);
        var card = Messages(replies).Single()["attachments"]![0]!["content"]!.ToJsonString(EmulatorActivities.Readable);
        Assert.Contains("Quelle: ", card, StringComparison.Ordinal);
        Assert.Contains("Stand: ", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_part_question_gets_one_trace_and_two_answer_cards()
    {
        var replies = await AskAsync("Welche Städte haben Angaben zur Präambel, und was steht bei Bielefeld dazu?");

        Assert.Single(replies.OfType<JsonObject>(), a => (string?)a["type"] == "trace" && (string?)a["name"] == "IntegrationBot.Recognition");
        var messages = Messages(replies);
        Assert.Equal(2, messages.Count);
        Assert.StartsWith("Präambel zur Integrationspolitik: Städte mit Angaben", (string?)messages[0]["text"], StringComparison.Ordinal);
        Assert.StartsWith("Bielefeld: Präambel zur Integrationspolitik", (string?)messages[1]["text"], StringComparison.Ordinal);
    }

    private async Task<JsonArray> AskAsync(string question)
    {
        using var client = _host.Factory.CreateClient();
        return await EmulatorActivities.PostExpectingRepliesAsync(client, EmulatorActivities.Message(Guid.NewGuid().ToString(), question));
    }

    private static JsonObject Trace(JsonArray replies) =>
        (JsonObject)replies.OfType<JsonObject>().Single(a => (string?)a["type"] == "trace" && (string?)a["name"] == "IntegrationBot.Recognition")["value"]!;

    private static List<JsonObject> Messages(JsonArray replies) => [.. replies.OfType<JsonObject>().Where(a => (string?)a["type"] == "message")];

    /// <summary>One real host for the class.</summary>
    public sealed class Host : IDisposable
    {
        internal BotApplicationFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }
}
