using System.Text;
using System.Text.Json.Nodes;
using IntegrationBot.Tests.Hosting;

namespace IntegrationBot.Tests.Performance;

/// <summary>Requests to /api/messages with the Authorization header exactly as given (or none).</summary>
internal static class AnsweringBotRequests
{
    public static Task<HttpResponseMessage> PostAsync(this BotApplicationFactory host, JsonObject activity, string? authorization = null) =>
        host.SendAsync(HttpMethod.Post, new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"), authorization);

    public static async Task<HttpResponseMessage> SendAsync(this BotApplicationFactory host, HttpMethod method, HttpContent? content, string? authorization = null)
    {
        using var request = new HttpRequestMessage(method, "/api/messages") { Content = content };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await host.Client.SendAsync(request);
    }
}
