using System.Text;
using System.Text.Json.Nodes;
using IntegrationBot.Authentication;
using IntegrationBot.Performance;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Builder.TraceExtensions;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace IntegrationBot.Tests.Performance;

/// <summary>
/// An in-memory ASP.NET Core host wired like the real one (ConfigurationBotFrameworkAuthentication, CloudAdapter or
/// <see cref="CompactCloudAdapter"/>, /api/messages) with <c>AddBotFrameworkAuthenticationCaching()</c> on, and a bot
/// that answers every message with a text and a small Adaptive Card, after a trace.
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

    public static async Task<BotHost> StartAsync(IDictionary<string, string?> settings, bool compactAdapter = false)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddHttpClient();
        builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        builder.Services.AddBotFrameworkAuthenticationCaching();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp => compactAdapter
            ? new CompactCloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CompactCloudAdapter>>(), sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<PerformanceOptions>>())
            : new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
        var bot = new AnsweringBot();
        builder.Services.AddSingleton<IBot>(bot);
        var app = builder.Build();
        app.MapMethods("/api/messages", ["GET", "POST", "PUT"], (HttpContext context, IBotFrameworkHttpAdapter adapter, IBot handler) =>
            adapter.ProcessAsync(context.Request, context.Response, handler, context.RequestAborted));
        await app.StartAsync();
        return new BotHost(app, bot);
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? authorization = null) =>
        SendAsync(HttpMethod.Post, new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"), authorization);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, HttpContent? content, string? authorization = null)
    {
        using var client = app.GetTestClient();
        using var request = new HttpRequestMessage(method, "/api/messages") { Content = content };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await client.SendAsync(request);
    }

    public static JsonObject Message(string text, string conversationId, string serviceUrl, string? deliveryMode = null, string? activityId = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = activityId ?? "activity-" + Guid.NewGuid().ToString("N"),
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

    private static JObject Card(string text) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JArray(
            new JObject { ["type"] = "TextBlock", ["text"] = "Stuttgart: " + text, ["wrap"] = true, ["maxLines"] = 0 },
            new JObject { ["type"] = "FactSet", ["facts"] = new JArray(new JObject { ["title"] = "Ümlaut & <b>", ["value"] = "„zitiert“ 😀 \u0000" }) }),
        ["actions"] = new JArray(new JObject
        {
            ["type"] = "Action.Submit",
            ["title"] = "Und in Frankfurt?",
            ["data"] = new JObject { ["msteams"] = new JObject { ["type"] = "imBack", ["value"] = "Und in Frankfurt?" }, ["score"] = 0.5, ["empty"] = null },
        }),
    };

    /// <summary>Traces, then replies "Antwort: text" with a card, and counts its turns.</summary>
    internal sealed class AnsweringBot : ActivityHandler
    {
        private int turns;

        public int Turns => turns;

        protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref turns);
            await turnContext.TraceActivityAsync("Test.Trace", new JObject { ["intent"] = "Query", ["cities"] = new JArray("Stuttgart") }, "Test.Trace", "Trace", cancellationToken);
            var reply = MessageFactory.Text("Antwort: " + turnContext.Activity.Text, "Antwort");
            reply.Attachments = [new Attachment("application/vnd.microsoft.card.adaptive", content: Card(turnContext.Activity.Text))];
            await turnContext.SendActivityAsync(reply, cancellationToken);
        }
    }
}
