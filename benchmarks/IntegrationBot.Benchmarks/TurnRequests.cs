using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace IntegrationBot.Benchmarks;

/// <summary>In-memory HTTP requests to /api/messages, shaped like the load test's (expectReplies, a new conversation each).</summary>
internal static class TurnRequests
{
    public static HttpContext Create(string text, int conversation)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.Path = "/api/messages";
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(Json(text, conversation)));
        context.Response.Body = new MemoryStream();
        return context;
    }

    public static string Json(string text, int conversation)
    {
        var id = "bench-" + conversation.ToString(CultureInfo.InvariantCulture);
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = id + "-a",
            ["text"] = text,
            ["locale"] = "de-DE",
            ["channelId"] = "emulator",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["from"] = new JsonObject { ["id"] = "bench-user" },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = id },
            ["deliveryMode"] = "expectReplies",
        };
        return activity.ToJsonString();
    }
}
