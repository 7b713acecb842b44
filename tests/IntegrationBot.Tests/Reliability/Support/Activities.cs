using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace IntegrationBot.Tests.Reliability.Support;

/// <summary>Activity bodies and requests as a channel sends them.</summary>
internal static class Activities
{
    public const string TeamsServiceUrl = "https://smba.trafficmanager.net/emea/";

    public static JsonObject Message(string text, string conversationId = "conv-1", string channelId = "msteams", string serviceUrl = TeamsServiceUrl, bool expectReplies = true)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = channelId,
            ["serviceUrl"] = serviceUrl,
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Sachbearbeiterin" },
            ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "IntegrationBot" },
            ["text"] = text,
            ["locale"] = "de-DE",
        };
        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return activity;
    }

    public static HttpRequestMessage Post(JsonNode activity, string? bearerToken = null) =>
        Post(activity.ToJsonString(), "application/json", bearerToken);

    public static HttpRequestMessage Post(string body, string? contentType, string? bearerToken = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        if (bearerToken is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", bearerToken);
        }

        return request;
    }
}
