using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Tests.Hosting;

/// <summary>
/// A local stand-in for a channel's Bot Connector service (the activity's serviceUrl) on a loopback port: records every
/// activity the bot sends and when it arrived, and answers with a scripted sequence of responses (e.g. 429 with
/// Retry-After, then 200); once the script is used up, every call is answered 200.
/// </summary>
internal sealed class ConnectorStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpResponse, Task>> _script;

    private ConnectorStandIn(WebApplication app, ConcurrentQueue<Func<HttpResponse, Task>> script)
    {
        _app = app;
        _script = script;
    }

    /// <summary>The serviceUrl to put into activities, with a trailing slash.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>The activities received, in order.</summary>
    public ConcurrentQueue<JsonObject> Received { get; } = new();

    /// <summary>When each call arrived.</summary>
    public ConcurrentQueue<DateTimeOffset> Calls { get; } = new();

    public static Func<HttpResponse, Task> Respond(HttpStatusCode status, string? retryAfterSeconds = null) => response =>
    {
        response.StatusCode = (int)status;
        if (retryAfterSeconds is not null)
        {
            response.Headers.RetryAfter = retryAfterSeconds;
        }

        return status == HttpStatusCode.OK ? response.WriteAsJsonAsync(new { id = "reply-1" }) : Task.CompletedTask;
    };

    public static async Task<ConnectorStandIn> StartAsync(params Func<HttpResponse, Task>[] responses)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var standIn = new ConnectorStandIn(app, new ConcurrentQueue<Func<HttpResponse, Task>>(responses));
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", standIn.RecordAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", standIn.RecordAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        standIn.ServiceUrl = address.TrimEnd('/') + "/";
        return standIn;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task RecordAsync(HttpContext context)
    {
        Calls.Enqueue(DateTimeOffset.UtcNow);
        if (await JsonNode.ParseAsync(context.Request.Body) is JsonObject activity)
        {
            Received.Enqueue(activity);
        }

        var respond = _script.TryDequeue(out var scripted) ? scripted : Respond(HttpStatusCode.OK);
        await respond(context.Response);
    }
}
