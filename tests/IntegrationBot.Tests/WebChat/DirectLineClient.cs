using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace IntegrationBot.Tests.WebChat;

/// <summary>Makes the HTTP calls DirectLineJS makes in polling mode, so the tests read like a Web Chat session.</summary>
internal sealed class DirectLineClient(HttpClient http)
{
    public string ConversationId { get; private set; } = string.Empty;

    public string Token { get; private set; } = string.Empty;

    public string UserId { get; private set; } = string.Empty;

    public string Watermark { get; private set; } = string.Empty;

    public static async Task<DirectLineClient> StartAsync(HttpClient http)
    {
        var client = new DirectLineClient(http);
        var issued = await client.IssueTokenAsync();
        client.Token = issued["token"]!.GetValue<string>();
        client.UserId = issued["userId"]!.GetValue<string>();
        using var start = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", client.Token, """{"user":{"id":"dl_ignored"},"locale":"de-DE"}""");
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var conversation = await start.Content.ReadFromJsonAsync<JsonObject>();
        client.ConversationId = conversation!["conversationId"]!.GetValue<string>();
        return client;
    }

    public async Task<JsonObject> IssueTokenAsync()
    {
        using var response = await http.PostAsync(new Uri("api/directline/token", UriKind.Relative), content: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public async Task<string> PostMessageAsync(string text, string? clientActivityId = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["locale"] = "de-DE",
            ["from"] = new JsonObject { ["id"] = UserId, ["role"] = "user" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N") },
        };
        using var response = await SendAsync(HttpMethod.Post, $"v3/directline/conversations/{ConversationId}/activities", Token, activity.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    /// <summary>One poll: the activities after the current watermark; moves the watermark on like DirectLineJS does.</summary>
    public async Task<JsonArray> PollAsync()
    {
        using var response = await SendAsync(HttpMethod.Get, $"v3/directline/conversations/{ConversationId}/activities?watermark={Watermark}", Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var set = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Watermark = set["watermark"]!.GetValue<string>();
        return set["activities"]!.AsArray();
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? json = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await http.SendAsync(request);
    }
}
