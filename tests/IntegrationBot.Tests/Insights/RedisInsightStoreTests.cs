using IntegrationBot.Core.Insights;
using IntegrationBot.Insights;
using IntegrationBot.Tests.Reliability.Support;
using StackExchange.Redis;

namespace IntegrationBot.Tests.Insights;

/// <summary>The Redis store against a real redis-server: instances add up in one hash per day, which expires with the retention.</summary>
[Trait("Category", "Redis")]
public sealed class RedisInsightStoreTests : IClassFixture<RedisServer>, IAsyncLifetime
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private readonly RedisServer _server;
    private ConnectionMultiplexer? _connection;

    public RedisInsightStoreTests(RedisServer server) => _server = server;

    public async Task InitializeAsync()
    {
        if (_server.Unavailable is null)
        {
            _connection = await ConnectionMultiplexer.ConnectAsync(_server.Configuration!);
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
    public async Task Two_instances_add_up_and_the_day_expires_with_the_retention()
    {
        Skip.If(_server.Unavailable is not null, _server.Unavailable);
        var prefix = "test-" + Guid.NewGuid().ToString("N") + ":";
        var first = new RedisInsightStore(_connection!, prefix, 30, 7);
        var second = new RedisInsightStore(_connection!, prefix, 30, 7);

        await first.RecordAsync(Today, Observation("Köln"));
        await second.RecordAsync(Today, Observation("Köln"));
        await second.RecordAsync(Today, Observation("Köln") with { UnansweredText = "Wie viele Einwohner hat Köln?" });

        var snapshot = await first.ReadAsync(Today.AddDays(-29), Today);
        Assert.Equal([("Köln", 3L)], snapshot.Top(InsightCategory.UnknownCity));
        Assert.Equal(["Wie viele Einwohner hat Köln?"], snapshot.Questions);
        var ttl = await _connection!.GetDatabase().KeyTimeToLiveAsync($"{prefix}counts:{Today:yyyy-MM-dd}");
        Assert.InRange(ttl!.Value, TimeSpan.FromDays(30), TimeSpan.FromDays(31));
        var questionTtl = await _connection.GetDatabase().KeyTimeToLiveAsync($"{prefix}questions:{Today:yyyy-MM-dd}");
        Assert.InRange(questionTtl!.Value, TimeSpan.FromDays(7), TimeSpan.FromDays(8));
    }

    private static InsightObservation Observation(string city) =>
        new([new InsightKey(InsightCategory.UnknownCity, city)], null);
}
