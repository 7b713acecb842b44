using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Tests.Performance;

/// <summary>
/// An in-memory ASP.NET Core host wired like the real one (ConfigurationBotFrameworkAuthentication, CloudAdapter,
/// /api/messages) with <c>AddBotFrameworkAuthenticationCaching()</c> on, and a bot that answers every message.
/// </summary>
internal sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private BotHost(WebApplication app, AnsweringBot bot)
    {
        this.app = app;
        Bot = bot;
    }

    public AnsweringBot Bot { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<BotHost> StartAsync(IDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddHttpClient();
        builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        builder.Services.AddBotFrameworkAuthenticationCaching();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp =>
            new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
        var bot = new AnsweringBot();
        builder.Services.AddSingleton<IBot>(bot);
        var app = builder.Build();
        app.MapPost("/api/messages", (HttpContext context, IBotFrameworkHttpAdapter adapter, IBot handler) =>
            adapter.ProcessAsync(context.Request, context.Response, handler, context.RequestAborted));
        await app.StartAsync();
        return new BotHost(app, bot);
    }

    public async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? authorization = null)
    {
        using var client = app.GetTestClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await client.SendAsync(request);
    }

    public static JsonObject Message(string text, string conversationId, string serviceUrl, string? deliveryMode = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "activity-" + Guid.NewGuid().ToString("N"),
            ["text"] = text,
            ["channelId"] = "emulator",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = "user-1" },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
        };
        if (deliveryMode is not null)
        {
            activity["deliveryMode"] = deliveryMode;
        }

        return activity;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    /// <summary>Replies "Antwort: text" and counts its turns.</summary>
    internal sealed class AnsweringBot : ActivityHandler
    {
        private int turns;

        public int Turns => turns;

        protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref turns);
            await turnContext.SendActivityAsync(MessageFactory.Text("Antwort: " + turnContext.Activity.Text), cancellationToken);
        }
    }
}
