using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Tests.Reliability.Support;

/// <summary>
/// A local stand-in for a channel's connector service (the activity's serviceUrl): answers the bot's replies with a
/// scripted sequence of responses (e.g. 429 with Retry-After, then 200) and records when each call arrived.
/// </summary>
internal sealed class ConnectorStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpResponse, Task>> _script;

    private ConnectorStandIn(WebApplication app, ConcurrentQueue<Func<HttpResponse, Task>> script, Uri serviceUrl)
    {
        _app = app;
        _script = script;
        ServiceUrl = serviceUrl;
    }

    public Uri ServiceUrl { get; }

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
        var script = new ConcurrentQueue<Func<HttpResponse, Task>>(responses);
        ConnectorStandIn? self = null;
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext context) =>
        {
            self!.Calls.Enqueue(DateTimeOffset.UtcNow);
            return script.TryDequeue(out var respond) ? respond(context.Response) : Respond(HttpStatusCode.OK)(context.Response);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        self = new ConnectorStandIn(app, script, new Uri(address + "/"));
        return self;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
