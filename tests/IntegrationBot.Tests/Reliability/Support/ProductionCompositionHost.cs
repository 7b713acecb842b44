using IntegrationBot.Data;
using IntegrationBot.DirectLine;
using IntegrationBot.Health;
using IntegrationBot.Hosting;
using IntegrationBot.Resilience;
using IntegrationBot.Security;
using IntegrationBot.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Tests.Reliability.Support;

/// <summary>
/// The real bot (SynopsisBot, IntegrationBotAdapter, the real recognizer and answer service over the shipped synopsis)
/// composed as Program.cs composes it plus the reliability lines the lead wires in (see the reliability report), in memory. Once Program.cs
/// carries these lines, tests can move to WebApplicationFactory&lt;Program&gt;.
/// </summary>
internal sealed class ProductionCompositionHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ProductionCompositionHost(WebApplication app, CollectingLoggerProvider logs)
    {
        _app = app;
        Logs = logs;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public CollectingLoggerProvider Logs { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<ProductionCompositionHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        var logs = new CollectingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs);

        // The lines Program.cs gets (see the README section), in this order.
        builder.Services.AddBotAuthentication(builder.Configuration);
        builder.Services.AddResilientChannelReplies(builder.Configuration);
        builder.Services.AddBotSecurity(builder.Configuration);
        builder.Services.AddConversationStorage();
        builder.Services.AddConversationStorage(builder.Configuration);
        builder.Services.AddSynopsisAnswers(builder.Configuration);
        builder.Services.AddSynopsisHotReload(builder.Configuration);
        builder.Services.AddSynopsisBot();
        builder.Services.AddDirectLine(builder.Configuration);

        var app = builder.Build();
        app.UseWebChatPage();
        app.UseBotRequestGuards();
        app.MapBotMessages();
        app.MapDirectLine();
        app.MapHealthEndpoints();
        await app.StartAsync().ConfigureAwait(false);
        return new ProductionCompositionHost(app, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
