using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Tests.WebChat;

/// <summary>
/// The real host (Program) on a real Kestrel port on 127.0.0.1 (Web Chat's polling and the browser need a real socket),
/// in local Direct Line mode unless the settings say otherwise, optionally with a log sink.
/// </summary>
internal sealed class KestrelBotFactory(IReadOnlyDictionary<string, string?>? settings = null, ILoggerProvider? logs = null) : WebApplicationFactory<Program>
{
    public Uri StartOnFreePort()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First().TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("DirectLine:Mode", "Local");
        if (settings is not null)
        {
            builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
        }

        if (logs is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
    }
}

/// <summary>
/// One real bot on Kestrel for a whole test class (xUnit class fixture), with the seed synopsis and the legal links,
/// and an intranet page on another origin that embeds it with the launcher (allowed by WebChat:FrameAncestors).
/// </summary>
public sealed class SeedBotFixture : IAsyncLifetime
{
    private KestrelBotFactory? _factory;
    private IntranetPage? _intranet;

    public Uri Address { get; private set; } = null!;

    public Uri IntranetAddress => _intranet!.Address;

    public IServiceProvider Services => _factory!.Services;

    public async Task InitializeAsync()
    {
        _intranet = await IntranetPage.StartAsync(() => IntranetPage.WithLauncher(Address));
        var settings = new Dictionary<string, string?>(WebChatSettings.LegalLinks) { ["WebChat:FrameAncestors:0"] = _intranet.Origin };
        _factory = new KestrelBotFactory(settings);
        Address = _factory.StartOnFreePort();
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_intranet is not null)
        {
            await _intranet.DisposeAsync();
        }
    }
}
