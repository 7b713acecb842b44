using IntegrationBot.DirectLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Tests.WebChat;

/// <summary>
/// A host wired exactly like Program.cs wires the Web Chat parts (AddDirectLine, UseWebChatPage, MapDirectLine) around
/// a real CloudAdapter and the <see cref="ProbeBot"/>, on the in-memory test server or on a real Kestrel port.
/// </summary>
internal sealed class DirectLineTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DirectLineTestHost(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    public Uri BaseAddress { get; private set; } = new("http://localhost/");

    public static async Task<DirectLineTestHost> StartAsync(IDictionary<string, string?>? settings = null, bool kestrel = false, TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.ClearProviders();
        if (kestrel)
        {
            builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        builder.Services.AddSingleton<IStorage, MemoryStorage>();
        builder.Services.AddSingleton<ConversationState>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(provider =>
            new CloudAdapter(BotFrameworkAuthenticationFactory.Create(), provider.GetRequiredService<ILogger<CloudAdapter>>()));
        builder.Services.AddTransient<IBot, ProbeBot>();
        builder.Services.AddDirectLine(builder.Configuration);

        var app = builder.Build();
        app.UseWebChatPage();
        app.MapDirectLine();
        await app.StartAsync();

        var host = new DirectLineTestHost(app);
        if (kestrel)
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            host.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        }

        return host;
    }

    public HttpClient CreateClient() => _app.GetTestClient();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
