using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Tests.Performance;

/// <summary>A local Bot Connector service on a dynamic loopback port that records the activities a bot sends.</summary>
internal sealed class ConnectorStandIn : IAsyncDisposable
{
    private readonly WebApplication app;

    private ConnectorStandIn(WebApplication app) => this.app = app;

    public ConcurrentQueue<JsonObject> Received { get; } = new();

    public string ServiceUrl => app.Urls.First() + "/";

    public static async Task<ConnectorStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new ConnectorStandIn(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", standIn.RecordAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", standIn.RecordAsync);
        await app.StartAsync();
        return standIn;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task<IResult> RecordAsync(HttpRequest request)
    {
        var activity = await JsonNode.ParseAsync(request.Body);
        Received.Enqueue(activity!.AsObject());
        return Results.Json(new { id = "reply-" + Received.Count });
    }
}
