using IntegrationBot.State;
using IntegrationBot.Tests.Reliability.Support;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace IntegrationBot.Tests.Reliability;

/// <summary>The Redis store keeps the storage contract against a real redis-server, with prefixed keys and a sliding expiry.</summary>
[Trait("Category", "Redis")]
public sealed class RedisStorageTests : StorageContractTests, IClassFixture<RedisServer>, IAsyncLifetime
{
    private readonly RedisServer _server;
    private ConnectionMultiplexer? _connection;
    private RedisStorage? _storage;

    public RedisStorageTests(RedisServer server) => _server = server;

    protected override IStorage Storage
    {
        get
        {
            Skip.If(_server.Unavailable is not null, _server.Unavailable);
            return _storage!;
        }
    }

    public async Task InitializeAsync()
    {
        if (_server.Unavailable is null)
        {
            _connection = await ConnectionMultiplexer.ConnectAsync(_server.Configuration!);
            _storage = new RedisStorage(_connection, Options.Create(new StateOptions { IdleTimeout = TimeSpan.FromMinutes(30), Redis = new RedisStateOptions { KeyPrefix = "bot-a:" } }));
        }
    }

    public async Task DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task Stores_under_the_key_prefix_with_an_expiry()
    {
        var storage = Storage;
        var key = NewKey();

        await storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "x", ETag = "*" } });

        var database = _connection!.GetDatabase();
        Assert.True(await database.KeyExistsAsync("bot-a:" + key));
        Assert.False(await database.KeyExistsAsync(key));
        var ttl = await database.KeyTimeToLiveAsync("bot-a:" + key);
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(30));
    }
}
