using IntegrationBot.Authentication;
using IntegrationBot.Performance;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace IntegrationBot.Tests.Performance;

public sealed class ConnectorClientCacheTests : IDisposable
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
    private readonly PerformanceOptions options = new() { ConnectorClientCapacity = 2, ConnectorClientLifetime = TimeSpan.FromMinutes(2) };
    private readonly ConnectorClientCache cache;
    private int built;

    public ConnectorClientCacheTests() => cache = new ConnectorClientCache(Options.Create(options), clock);

    public void Dispose() => cache.Dispose();

    [Fact]
    public async Task Reuses_one_client_for_the_same_app_service_url_and_audience()
    {
        var first = await GetAsync(Key("https://smba.example/emea/"));
        var second = await GetAsync(Key("https://smba.example/emea/"));

        Assert.Same(first, second);
        Assert.IsType<SharedConnectorClient>(first);
        Assert.Equal(1, built);
    }

    [Theory]
    [InlineData("app-b", "https://smba.example/emea/", "https://api.botframework.com")]
    [InlineData("app-a", "https://smba.example/amer/", "https://api.botframework.com")]
    [InlineData("app-a", "https://smba.example/emea/", "https://api.botframework.us")]
    public async Task Keeps_clients_apart_when_app_service_url_or_audience_differ(string appId, string serviceUrl, string audience)
    {
        var baseline = await GetAsync(Key("https://smba.example/emea/"));
        var other = await GetAsync(new ConnectorClientKey(appId, serviceUrl, audience));

        Assert.NotSame(baseline, other);
        Assert.Equal(new Uri(serviceUrl), other.BaseUri);
        Assert.Equal(2, built);
    }

    [Fact]
    public async Task A_shared_client_still_works_after_the_adapter_disposed_it_at_the_end_of_a_turn()
    {
        var client = await GetAsync(Key("https://smba.example/emea/"));
        client.Dispose();

        var again = await GetAsync(Key("https://smba.example/emea/"));

        Assert.Same(client, again);
        Assert.NotNull(((ConnectorClient)again).HttpClient);
    }

    [Fact]
    public async Task Builds_a_fresh_client_after_the_lifetime()
    {
        var first = await GetAsync(Key("https://smba.example/emea/"));
        clock.Advance(options.ConnectorClientLifetime);

        var second = await GetAsync(Key("https://smba.example/emea/"));

        Assert.NotSame(first, second);
        Assert.Equal(2, built);
    }

    [Fact]
    public async Task Beyond_the_capacity_a_turn_gets_a_client_of_its_own()
    {
        await GetAsync(Key("https://one.example/"));
        await GetAsync(Key("https://two.example/"));

        var third = await GetAsync(Key("https://three.example/"));
        var thirdAgain = await GetAsync(Key("https://three.example/"));

        Assert.IsNotType<SharedConnectorClient>(third);
        Assert.NotSame(third, thirdAgain);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public async Task Expired_clients_make_room_for_new_service_urls()
    {
        await GetAsync(Key("https://one.example/"));
        await GetAsync(Key("https://two.example/"));
        clock.Advance(options.ConnectorClientLifetime);

        var third = await GetAsync(Key("https://three.example/"));

        Assert.IsType<SharedConnectorClient>(third);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public async Task Capacity_zero_turns_caching_off()
    {
        options.ConnectorClientCapacity = 0;

        var first = await GetAsync(Key("https://one.example/"));
        var second = await GetAsync(Key("https://one.example/"));

        Assert.NotSame(first, second);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task Clients_that_are_not_connector_clients_are_passed_through_unshared()
    {
        var foreign = new Mock<IConnectorClient>().Object;

        var result = await cache.GetOrCreateAsync(Key("https://one.example/"), _ => Task.FromResult(foreign), CancellationToken.None);

        Assert.Same(foreign, result);
        Assert.Equal(0, cache.Count);
    }

    private static ConnectorClientKey Key(string serviceUrl) => new("app-a", serviceUrl, "https://api.botframework.com");

    private Task<IConnectorClient> GetAsync(ConnectorClientKey key) =>
        cache.GetOrCreateAsync(key, _ =>
        {
            built++;
            return Task.FromResult<IConnectorClient>(new ConnectorClient(new Uri(key.ServiceUrl), MicrosoftAppCredentials.Empty, new HttpClient(), disposeHttpClient: true));
        }, CancellationToken.None);
}
