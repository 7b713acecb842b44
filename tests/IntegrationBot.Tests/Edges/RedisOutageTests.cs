using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using IntegrationBot.Tests.Hosting;
using IntegrationBot.Tests.Reliability.Support;
using Xunit.Abstractions;

namespace IntegrationBot.Tests.Edges;

/// <summary>
/// The real host on a real redis-server that is frozen (SIGSTOP) and killed mid-run: every turn is still answered,
/// fast and without the apology; /readyz answers within a second; the context stored before the outage is still there
/// afterwards (nothing was deleted), and recovery needs no restart of the bot.
/// </summary>
[Trait("Category", "Redis")]
public sealed class RedisOutageTests(RedisServer redis, ITestOutputHelper output) : IClassFixture<RedisServer>
{
    private const string Question = "Wo ist Integration in Stuttgart angebunden?";
    private const string FollowUp = "Und in Frankfurt?";
    private static readonly TimeSpan TurnBudget = TimeSpan.FromSeconds(2.5);
    private static readonly TimeSpan ReadyBudget = TimeSpan.FromSeconds(1.2);

    [SkippableFact]
    public async Task A_paused_then_killed_redis_costs_no_answer_and_no_context()
    {
        Skip.If(redis.Unavailable is not null, redis.Unavailable);
        await using var factory = new BotApplicationFactory(settings: new Dictionary<string, string?>
        {
            ["State:Provider"] = "Redis",
            ["State:Redis:Configuration"] = redis.Configuration,
            ["State:Redis:KeyPrefix"] = "outage-test:" + Guid.NewGuid().ToString("N") + ":",
        });
        using var client = factory.CreateClient();
        var conversation = "outage-" + Guid.NewGuid().ToString("N");
        var before = await AskAsync(client, conversation, Question);
        Assert.False(IsApology(before.Reply));
        Assert.Equal(HttpStatusCode.OK, (await ReadyAsync(client)).Status);

        redis.Pause();
        try
        {
            // A context-free question, several times: the first ones time out, then the circuit answers at once.
            for (var i = 0; i < 4; i++)
            {
                var during = await AskAsync(client, "other-" + conversation, Question);
                output.WriteLine($"paused: turn {i + 1} answered in {during.Elapsed.TotalMilliseconds:0} ms");
                Assert.False(IsApology(during.Reply), "a context-free question must be answered during the outage");
                Assert.True(during.Elapsed < TurnBudget, $"turn took {during.Elapsed}");
            }

            var ready = await ReadyAsync(client);
            output.WriteLine($"paused: /readyz {(int)ready.Status} in {ready.Elapsed.TotalMilliseconds:0} ms");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
            Assert.True(ready.Elapsed < ReadyBudget, $"/readyz took {ready.Elapsed}");

            // The follow-up in the conversation asked before the outage: answered (without context), not deleted.
            var followUpDuring = await AskAsync(client, conversation, FollowUp);
            Assert.False(IsApology(followUpDuring.Reply));
        }
        finally
        {
            redis.Resume();
        }

        await WaitUntilReadyAsync(client);
        var after = await AskAsync(client, conversation, FollowUp);
        output.WriteLine($"resumed: follow-up answered in {after.Elapsed.TotalMilliseconds:0} ms, from context: {string.Join(",", FromContext(after.Trace))}");
        Assert.Contains("aspects", FromContext(after.Trace));
        Assert.Contains("Frankfurt", after.Trace!["cities"]!.AsArray().Select(city => (string?)city));

        await redis.KillAsync();
        var killed = await AskAsync(client, "killed-" + conversation, Question);
        output.WriteLine($"killed: turn answered in {killed.Elapsed.TotalMilliseconds:0} ms");
        Assert.False(IsApology(killed.Reply));
        Assert.True(killed.Elapsed < TurnBudget, $"turn took {killed.Elapsed}");
        var readyKilled = await ReadyAsync(client);
        output.WriteLine($"killed: /readyz {(int)readyKilled.Status} in {readyKilled.Elapsed.TotalMilliseconds:0} ms");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyKilled.Status);
        Assert.True(readyKilled.Elapsed < ReadyBudget, $"/readyz took {readyKilled.Elapsed}");

        await redis.RestartAsync();
        await WaitUntilReadyAsync(client);
        var fresh = "fresh-" + conversation;
        await AskAsync(client, fresh, Question);
        var recovered = await AskAsync(client, fresh, FollowUp);
        Assert.Contains("aspects", FromContext(recovered.Trace));
    }

    private static IEnumerable<string?> FromContext(JsonNode? trace) =>
        trace?["fromContext"]?.AsArray().Select(part => (string?)part) ?? [];

    private static bool IsApology(JsonNode? reply) =>
        ((string?)reply?["text"])?.Contains("Entschuldigung", StringComparison.OrdinalIgnoreCase) == true;

    private static async Task<(JsonNode? Reply, JsonNode? Trace, TimeSpan Elapsed)> AskAsync(HttpClient client, string conversation, string text)
    {
        var watch = Stopwatch.StartNew();
        var replies = await EmulatorActivities.PostExpectingRepliesAsync(client, EmulatorActivities.Message(conversation, text));
        watch.Stop();
        var reply = replies.LastOrDefault(activity => (string?)activity!["type"] == "message");
        var trace = replies.FirstOrDefault(activity => (string?)activity!["type"] == "trace" && (string?)activity["name"] == "IntegrationBot.Recognition")?["value"];
        Assert.NotNull(reply);
        return (reply, trace, watch.Elapsed);
    }

    private static async Task<(HttpStatusCode Status, TimeSpan Elapsed)> ReadyAsync(HttpClient client)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync("/readyz");
        return (response.StatusCode, watch.Elapsed);
    }

    private static async Task WaitUntilReadyAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await ReadyAsync(client)).Status != HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < deadline, "the bot did not become ready again after Redis came back");
            await Task.Delay(250);
        }
    }
}
