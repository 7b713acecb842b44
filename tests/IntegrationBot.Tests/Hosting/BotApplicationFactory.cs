using System.Net;
using IntegrationBot.Core.Answers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Tests.Hosting;

/// <summary>
/// The one test host: the real host (Program.cs, every registration and middleware) in memory, or on a real loopback
/// Kestrel port where sockets matter. Tests replace only what they must, through the init properties:
/// <see cref="Settings"/>, <see cref="Answers"/> (the answer service), <see cref="Bot"/> (a small bot instead of
/// SynopsisBot), <see cref="Clock"/> (e.g. a FakeTimeProvider), <see cref="OpenIdMetadataUrl"/> (a local OpenID
/// metadata stand-in for the SDK's real token validation), <see cref="RealSockets"/> and <see cref="ConfigureServices"/>.
/// Replies to a <see cref="ConnectorStandIn"/> need no hook: put its ServiceUrl into the activity. Every log line is
/// kept in <see cref="Logs"/>, and a request header <see cref="RemoteAddressHeader"/> lets a test pose as a remote client.
/// </summary>
internal sealed class BotApplicationFactory : WebApplicationFactory<Program>
{
    /// <summary>A request with this header is seen as coming from that IP address (the TCP peer).</summary>
    public const string RemoteAddressHeader = "X-Test-Remote-Address";

    private HttpClient? _client;
    private bool _kestrelChosen;

    /// <summary>The real host; optionally a substitute answer service and settings (kept for existing tests).</summary>
    public BotApplicationFactory(IAnswerService? answers = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Answers = answers;
        Settings = settings;
    }

    /// <summary>Configuration overrides ("Section:Key"), visible to Program.cs while it registers services.</summary>
    public IReadOnlyDictionary<string, string?>? Settings { get; init; }

    /// <summary>Replaces the answer service (null = the real one from IntegrationBot.Core over the seed).</summary>
    public IAnswerService? Answers { get; init; }

    /// <summary>Replaces SynopsisBot (null = the real bot).</summary>
    public IBot? Bot { get; init; }

    /// <summary>Replaces <see cref="TimeProvider.System"/> for every component that takes a TimeProvider.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>Points both of the SDK's OpenID metadata URLs (channel and emulator tokens) at a local stand-in.</summary>
    public string? OpenIdMetadataUrl { get; init; }

    /// <summary>Listen on a real loopback Kestrel port (browsers, sockets, Kestrel limits) instead of the test server.</summary>
    public bool RealSockets { get; init; }

    /// <summary>"Testing" unless set; the default of WebApplicationFactory is "Development".</summary>
    public string? EnvironmentName { get; init; }

    /// <summary>Further service replacements, applied after Program.cs's registrations.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    public CollectingLoggerProvider Logs { get; } = new();

    /// <summary>
    /// A plain client for the host (created on first use, disposed with the factory): no redirect or cookie handlers,
    /// so requests go out exactly as written (a streamed body keeps having no Content-Length).
    /// </summary>
    public HttpClient Client => _client ??= RealSockets ? new HttpClient { BaseAddress = BaseAddress } : Server.CreateClient();

    /// <summary>Where the host listens: the Kestrel address with <see cref="RealSockets"/>, otherwise the test server's.</summary>
    public Uri BaseAddress
    {
        get
        {
            if (!RealSockets)
            {
                return Server.BaseAddress;
            }

            Started();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.TrimEnd('/') + "/");
        }
    }

    /// <summary>Starts the host (so that start-up failures surface here) and returns it.</summary>
    public BotApplicationFactory Started()
    {
        if (RealSockets && !_kestrelChosen)
        {
            _kestrelChosen = true;
            UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        }

        StartServer();
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(EnvironmentName ?? "Testing");
        var settings = new Dictionary<string, string?>(Settings ?? new Dictionary<string, string?>());
        if (OpenIdMetadataUrl is not null)
        {
            settings["ToBotFromChannelOpenIdMetadataUrl"] = OpenIdMetadataUrl;
            settings["ToBotFromEmulatorOpenIdMetadataUrl"] = OpenIdMetadataUrl;
        }

        // Host settings reach builder.Configuration before Program.cs reads it while registering; the in-memory
        // collection on top wins over appsettings.json for everything read later.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter, RemoteAddressFromHeader>();
            if (Answers is not null)
            {
                services.RemoveAll<IAnswerService>();
                services.AddSingleton(Answers);
            }

            if (Bot is not null)
            {
                services.RemoveAll<IBot>();
                services.AddSingleton(Bot);
            }

            if (Clock is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(Clock);
            }

            ConfigureServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _client?.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Runs before Program.cs's middleware, so the request guards see the posed address.</summary>
    private sealed class RemoteAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(RemoteAddressHeader, out var address))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
