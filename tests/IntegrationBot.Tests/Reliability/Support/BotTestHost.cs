using System.Net;
using IntegrationBot.Authentication;
using IntegrationBot.Resilience;
using IntegrationBot.Security;
using IntegrationBot.Tests.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Tests.Reliability.Support;

/// <summary>
/// A bot host composed exactly as Program.cs composes the reliability parts (AddResilientChannelReplies, AddBotSecurity,
/// UseBotRequestGuards, CloudAdapter on /api/messages) around a small bot, in memory or on a real loopback socket. The header
/// <see cref="RemoteAddressHeader"/> lets a test pose as a remote client.
/// </summary>
internal sealed class BotTestHost : IAsyncDisposable
{
    public const string RemoteAddressHeader = "X-Test-Remote-Address";

    private readonly WebApplication _app;

    private BotTestHost(WebApplication app, CollectingLoggerProvider logs, HttpClient client)
    {
        _app = app;
        Logs = logs;
        Client = client;
    }

    public HttpClient Client { get; }

    public CollectingLoggerProvider Logs { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<BotTestHost> StartAsync(IDictionary<string, string?> settings, Action<IServiceCollection, IConfiguration>? configureServices = null, IBot? bot = null, bool realSockets = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        if (realSockets)
        {
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        builder.Configuration.AddInMemoryCollection(settings);
        var logs = new CollectingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs);

        builder.Services.AddResilientChannelReplies(builder.Configuration);
        builder.Services.AddBotSecurity(builder.Configuration);
        builder.Services.AddBotRequestAuthentication(builder.Configuration);
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp =>
        {
            var logger = sp.GetRequiredService<ILogger<CloudAdapter>>();
            return new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), logger)
            {
                // Like the host's adapter: a failed turn is logged, not turned into a 500.
                OnTurnError = (_, exception) =>
                {
                    logger.LogError(exception, "Turn failed.");
                    return Task.CompletedTask;
                },
            };
        });
        builder.Services.AddSingleton<IBot>(bot ?? new EchoBot());
        configureServices?.Invoke(builder.Services, builder.Configuration);

        var app = builder.Build();
        app.Use((context, next) =>
        {
            if (context.Request.Headers.TryGetValue(RemoteAddressHeader, out var address))
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
            }

            return next(context);
        });
        app.UseBotRequestGuards();
        app.MapPost("/api/messages", (HttpContext context, IBotFrameworkHttpAdapter adapter, IBot theBot) =>
            adapter.ProcessAsync(context.Request, context.Response, theBot, context.RequestAborted));
        await app.StartAsync().ConfigureAwait(false);
        var client = realSockets
            ? new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()) }
            : app.GetTestClient();
        return new BotTestHost(app, logs, client);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
