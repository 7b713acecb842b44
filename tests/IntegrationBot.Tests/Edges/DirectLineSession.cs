using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace IntegrationBot.Tests.Edges;

/// <summary>What Web Chat does over the local Direct Line: token, start, post, poll; as a given TCP peer.</summary>
internal static class DirectLineSession
{
    public static async Task<(string ConversationId, string Token)> OpenAsync(HttpClient client, string peer, string? forwardedFor = null)
    {
        using var response = await client.SendAsync(TestPeer.Post("/api/directline/token", peer, forwardedFor));
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = (string)token["conversationId"]!;
        var value = (string)token["token"]!;
        using var start = Authorized(TestPeer.Post("/v3/directline/conversations", peer), value);
        (await client.SendAsync(start)).EnsureSuccessStatusCode();
        return (id, value);
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string peer, string conversationId, string token, JsonObject activity) =>
        await client.SendAsync(Authorized(TestPeer.Post($"/v3/directline/conversations/{conversationId}/activities", peer, body: activity.ToJsonString()), token));

    public static async Task<JsonObject> GetAsync(HttpClient client, string peer, string conversationId, string token, string watermark = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}");
        request.Headers.Add(TestPeer.Header, peer);
        using var response = await client.SendAsync(Authorized(request, token));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static async Task<JsonArray> AskAsync(HttpClient client, string peer, string question)
    {
        var (id, token) = await OpenAsync(client, peer);
        using var posted = await PostAsync(client, peer, id, token, Message(question));
        posted.EnsureSuccessStatusCode();
        return (await GetAsync(client, peer, id, token))["activities"]!.AsArray();
    }

    public static JsonObject Message(string text) => new() { ["type"] = "message", ["from"] = new JsonObject { ["id"] = "ignored" }, ["text"] = text };

    private static HttpRequestMessage Authorized(HttpRequestMessage request, string token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
