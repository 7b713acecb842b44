using IntegrationBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Tests.WebChat;

/// <summary>
/// The one test host (<see cref="BotApplicationFactory"/>) as the Web Chat tests need it: the real Program on a real
/// Kestrel port on 127.0.0.1 (Web Chat's polling and the browser need a real socket), in local Direct Line mode unless
/// the settings say otherwise, optionally with a log sink of the test's own.
/// </summary>
internal static class KestrelBotFactory
{
    public static BotApplicationFactory Start(IReadOnlyDictionary<string, string?>? settings = null, ILoggerProvider? logs = null)
    {
        var all = new Dictionary<string, string?> { ["DirectLine:Mode"] = "Local" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new BotApplicationFactory
        {
            Settings = all,
            RealSockets = true,
            ConfigureServices = logs is null ? null : services => services.AddSingleton(logs),
        }.Started();
    }
}

/// <summary>
/// One real bot on Kestrel for a whole test class (xUnit class fixture), with the seed synopsis and the legal links,
/// and an intranet page on another origin that embeds it with the launcher (allowed by WebChat:FrameAncestors).
/// </summary>
public sealed class SeedBotFixture : IAsyncLifetime
{
    private BotApplicationFactory? _factory;
    private IntranetPage? _intranet;

    public Uri Address { get; private set; } = null!;

    public Uri IntranetAddress => _intranet!.Address;

    public IServiceProvider Services => _factory!.Services;

    public async Task InitializeAsync()
    {
        _intranet = await IntranetPage.StartAsync(() => IntranetPage.WithLauncher(Address));
        var settings = new Dictionary<string, string?>(WebChatSettings.LegalLinks) { ["WebChat:FrameAncestors:0"] = _intranet.Origin };
        _factory = KestrelBotFactory.Start(settings);
        Address = _factory.BaseAddress;
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
