using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace IntegrationBot.Tests.Hosting;

/// <summary>Activities shaped like the ones the Bot Framework Emulator posts, asking for the replies in the HTTP response.</summary>
internal static class EmulatorActivities
{
    public const string BotId = "b1f7c7a0-emulator-bot";
    public const string UserId = "5c3b4f2e-emulator-user";

    /// <summary>For text assertions on JSON: umlauts as they are, not as \u escapes.</summary>
    public static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Message(string conversationId, string? text, JsonNode? value = null)
    {
        var activity = Base("message", conversationId);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        if (value is not null)
        {
            activity["value"] = value;
        }

        return activity;
    }

    public static JsonObject ConversationStart(string conversationId)
    {
        var activity = Base("conversationUpdate", conversationId);
        activity["membersAdded"] = new JsonArray(
            new JsonObject { ["id"] = UserId, ["name"] = "User" },
            new JsonObject { ["id"] = BotId, ["name"] = "Bot" });
        return activity;
    }

    public static async Task<JsonArray> PostExpectingRepliesAsync(HttpClient client, JsonObject activity)
    {
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        var replies = JsonNode.Parse(body)?["activities"] as JsonArray;
        Assert.NotNull(replies);
        return replies;
    }

    private static JsonObject Base(string type, string conversationId) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString(),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["localTimestamp"] = DateTimeOffset.Now.ToString("O"),
        ["channelId"] = "emulator",
        ["serviceUrl"] = "http://localhost:1",
        ["locale"] = "de-DE",
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "User", ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Bot", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["deliveryMode"] = "expectReplies",
    };
}
