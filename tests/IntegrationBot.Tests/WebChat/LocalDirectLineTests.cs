using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IntegrationBot.Tests.Hosting;

namespace IntegrationBot.Tests.WebChat;

/// <summary>The local Direct Line 3.0 endpoints, called the way Web Chat calls them in polling mode.</summary>
public sealed class LocalDirectLineTests : IAsyncLifetime
{
    private BotApplicationFactory _host = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _host = new BotApplicationFactory { ConfigureServices = ProbeBot.Register }.Started();
        _http = _host.Server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Token_endpoint_issues_a_local_conversation_token_bound_to_an_anonymous_user()
    {
        var issued = await new DirectLineClient(_http).IssueTokenAsync();

        Assert.Equal("local", issued["mode"]!.GetValue<string>());
        Assert.StartsWith("dl_", issued["userId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(issued["token"]!.GetValue<string>().Length >= 32);
        Assert.True(issued["expiresIn"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Starting_a_conversation_returns_it_without_a_stream_and_the_bot_welcomes_the_user()
    {
        var client = new DirectLineClient(_http);
        var issued = await client.IssueTokenAsync();
        var token = issued["token"]!.GetValue<string>();

        using var start = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", token, "{}");
        var conversation = (await start.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        Assert.Equal(issued["conversationId"]!.GetValue<string>(), conversation["conversationId"]!.GetValue<string>());
        Assert.Equal(token, conversation["token"]!.GetValue<string>());
        Assert.True(conversation.ContainsKey("streamUrl"));
        Assert.Null(conversation["streamUrl"]);

        using var poll = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversation["conversationId"]}/activities?watermark=", token);
        var set = (await poll.Content.ReadFromJsonAsync<JsonObject>())!;
        var welcome = Assert.Single(set["activities"]!.AsArray())!;
        Assert.Equal(ProbeBot.Welcome, welcome["text"]!.GetValue<string>());
        Assert.Equal("bot", welcome["from"]!["role"]!.GetValue<string>());
        Assert.Equal(issued["userId"]!.GetValue<string>(), welcome["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal("String", JsonValueKind(set["watermark"]));
    }

    [Fact]
    public async Task Starting_the_same_conversation_again_reconnects_without_a_second_welcome()
    {
        var client = await DirectLineClient.StartAsync(_http);
        Assert.Single(await client.PollAsync());

        using var again = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", client.Token, "{}");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Empty(await client.PollAsync());
    }

    [Fact]
    public async Task A_posted_message_is_echoed_with_its_client_id_and_then_answered_by_the_bot()
    {
        var client = await DirectLineClient.StartAsync(_http);
        await client.PollAsync();

        var id = await client.PostMessageAsync("Hallo Bot", clientActivityId: "client-1");
        var activities = await client.PollAsync();

        Assert.Equal(2, activities.Count);
        var echo = activities[0]!;
        Assert.Equal(id, echo["id"]!.GetValue<string>());
        Assert.StartsWith(client.ConversationId + "|", id, StringComparison.Ordinal);
        Assert.Equal("Hallo Bot", echo["text"]!.GetValue<string>());
        Assert.Equal(client.UserId, echo["from"]!["id"]!.GetValue<string>());
        Assert.Equal("client-1", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal(client.ConversationId, echo["conversation"]!["id"]!.GetValue<string>());

        var reply = activities[1]!;
        Assert.Equal("Antwort 1: Hallo Bot", reply["text"]!.GetValue<string>());
        Assert.Equal(id, reply["replyToId"]!.GetValue<string>());
        Assert.Equal("directline", reply["channelId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Trace_activities_stay_out_of_the_web_chat_transcript()
    {
        var client = await DirectLineClient.StartAsync(_http);
        await client.PostMessageAsync("Hallo");

        var activities = await client.PollAsync();

        Assert.DoesNotContain(activities, activity => activity!["type"]!.GetValue<string>() == "trace");
    }

    [Fact]
    public async Task The_bots_conversation_state_carries_over_between_turns()
    {
        var client = await DirectLineClient.StartAsync(_http);
        await client.PostMessageAsync("eins");
        await client.PostMessageAsync("zwei");

        var texts = (await client.PollAsync()).Select(activity => activity!["text"]?.GetValue<string>()).ToList();

        Assert.Contains("Antwort 1: eins", texts);
        Assert.Contains("Antwort 2: zwei", texts);
    }

    [Fact]
    public async Task Simultaneous_messages_in_one_conversation_are_answered_one_turn_after_the_other()
    {
        var client = await DirectLineClient.StartAsync(_http);

        await Task.WhenAll(Enumerable.Range(1, 6).Select(i => client.PostMessageAsync($"nachricht {i}")));
        var answers = (await client.PollAsync())
            .Select(activity => activity!["text"]?.GetValue<string>() ?? string.Empty)
            .Where(text => text.StartsWith("Antwort ", StringComparison.Ordinal))
            .Select(text => text.Split(':')[0])
            .ToList();

        // Each turn saw the state the previous one saved: the counter runs 1..6 without repeats.
        Assert.Equal(Enumerable.Range(1, 6).Select(i => $"Antwort {i}"), answers);
    }

    [Fact]
    public async Task The_watermark_returns_only_newer_activities_and_stays_put_when_nothing_is_new()
    {
        var client = await DirectLineClient.StartAsync(_http);
        var first = await client.PollAsync();
        var afterWelcome = client.Watermark;

        await client.PostMessageAsync("eins");
        var second = await client.PollAsync();
        var afterFirstTurn = client.Watermark;
        var nothing = await client.PollAsync();

        Assert.Single(first);
        Assert.Equal(2, second.Count);
        Assert.True(long.Parse(afterFirstTurn, System.Globalization.CultureInfo.InvariantCulture) > long.Parse(afterWelcome, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(nothing);
        Assert.Equal(afterFirstTurn, client.Watermark);
    }

    [Fact]
    public async Task A_client_cannot_speak_as_another_user()
    {
        var client = await DirectLineClient.StartAsync(_http);
        await client.PollAsync();
        var impostor = """{"type":"message","text":"Hallo","from":{"id":"dl_someone-else"}}""";

        using var response = await client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{client.ConversationId}/activities", client.Token, impostor);
        var echo = (await client.PollAsync())[0]!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(client.UserId, echo["from"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_failing_bot_turn_gives_a_friendly_german_answer_instead_of_an_error()
    {
        var client = await DirectLineClient.StartAsync(_http);
        await client.PollAsync();

        await client.PostMessageAsync(ProbeBot.FailQuestion);
        var reply = (await client.PollAsync())[1]!["text"]!.GetValue<string>();

        Assert.StartsWith("Entschuldigung", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("probe failure", reply, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> ConversationCalls => new()
    {
        { "GET", "v3/directline/conversations/{0}/activities?watermark=" },
        { "POST", "v3/directline/conversations/{0}/activities" },
        { "GET", "v3/directline/conversations/{0}" },
    };

    [Theory]
    [MemberData(nameof(ConversationCalls))]
    public async Task Conversation_calls_without_a_token_are_unauthorized(string method, string path)
    {
        var client = await DirectLineClient.StartAsync(_http);

        using var response = await client.SendAsync(new HttpMethod(method), string.Format(System.Globalization.CultureInfo.InvariantCulture, path, client.ConversationId), token: null, Message(method));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [MemberData(nameof(ConversationCalls))]
    public async Task Conversation_calls_with_another_conversations_token_are_forbidden(string method, string path)
    {
        var client = await DirectLineClient.StartAsync(_http);
        var other = await DirectLineClient.StartAsync(_http);

        using var response = await client.SendAsync(new HttpMethod(method), string.Format(System.Globalization.CultureInfo.InvariantCulture, path, client.ConversationId), other.Token, Message(method));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Zugangsschlüssel", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ConversationCalls))]
    public async Task Calls_for_an_unknown_conversation_are_not_found(string method, string path)
    {
        var client = await DirectLineClient.StartAsync(_http);

        using var response = await client.SendAsync(new HttpMethod(method), string.Format(System.Globalization.CultureInfo.InvariantCulture, path, "unbekannt"), client.Token, Message(method));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("Bearer erfunden", HttpStatusCode.Forbidden)]
    [InlineData("Basic Zm9vOmJhcg==", HttpStatusCode.Unauthorized)]
    public async Task Starting_a_conversation_needs_an_issued_token(string authorization, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("v3/directline/conversations", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", authorization);

        using var response = await _http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("kein JSON")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{"type":5}""")]
    [InlineData("""{"type":""}""")]
    [InlineData("""{"type":"message","timestamp":"gestern"}""")]
    [InlineData("""{"type":"message"} {"type":"message"}""")]
    [InlineData("")]
    public async Task A_malformed_activity_is_a_bad_request(string body)
    {
        var client = await DirectLineClient.StartAsync(_http);

        using var response = await client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{client.ConversationId}/activities", client.Token, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public async Task A_malformed_watermark_is_a_bad_request(string watermark)
    {
        var client = await DirectLineClient.StartAsync(_http);

        using var response = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{client.ConversationId}/activities?watermark={watermark}", client.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_activity_is_refused()
    {
        var client = await DirectLineClient.StartAsync(_http);
        var huge = new JsonObject { ["type"] = "message", ["text"] = new string('x', 300_000) }.ToJsonString();

        using var response = await client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{client.ConversationId}/activities", client.Token, huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Refreshing_a_token_confirms_the_conversation()
    {
        var client = await DirectLineClient.StartAsync(_http);

        using var refreshed = await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", client.Token);
        using var unknown = await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", "erfunden");
        var body = (await refreshed.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(client.ConversationId, body["conversationId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, unknown.StatusCode);
    }

    [Fact]
    public async Task Direct_line_answers_are_never_cached()
    {
        var client = await DirectLineClient.StartAsync(_http);

        using var response = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{client.ConversationId}/activities?watermark=", client.Token);

        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    private static string? Message(string method) => method == "POST" ? """{"type":"message","text":"Hallo"}""" : null;

    private static string JsonValueKind(JsonNode? node) => node!.GetValueKind().ToString();
}
