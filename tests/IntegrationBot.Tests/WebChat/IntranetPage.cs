using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Tests.WebChat;

/// <summary>
/// An intranet page on its own origin (a second Kestrel port, reached as "localhost" while the bot is "127.0.0.1"),
/// served for real so the browser applies its cross-origin and local-network rules as it would in an intranet.
/// </summary>
internal sealed class IntranetPage : IAsyncDisposable
{
    private readonly WebApplication _app;

    private IntranetPage(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The page's origin as the Content-Security-Policy's frame-ancestors names it.</summary>
    public string Origin => Address.GetLeftPart(UriPartial.Authority);

    /// <summary>An intranet page with the bot's launcher script.</summary>
    public static string WithLauncher(Uri bot) =>
        $"""<!doctype html><html lang="de"><head><title>Intranet</title></head><body><main><h1>Intranet</h1><p>Inhalt der Intranetseite.</p></main><script src="{new Uri(bot, "embed.js")}" defer></script></body></html>""";

    public static Task<IntranetPage> StartAsync(string html) => StartAsync(() => html);

    /// <summary>Serves the page from <paramref name="html"/> at each request, so it can name a bot started after it.</summary>
    public static async Task<IntranetPage> StartAsync(Func<string> html)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/", () => Results.Content(html(), "text/html; charset=utf-8"));
        await app.StartAsync();
        var bound = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new IntranetPage(app, new UriBuilder(bound) { Host = "localhost" }.Uri);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
