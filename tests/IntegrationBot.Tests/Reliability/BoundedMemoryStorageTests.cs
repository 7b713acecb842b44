using IntegrationBot.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationBot.Tests.Reliability;

/// <summary>The in-memory store keeps the storage contract and stays bounded: idle entries expire, a cap evicts the least recently used.</summary>
public sealed class BoundedMemoryStorageTests : StorageContractTests, IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private readonly BoundedMemoryStorage _storage;

    public BoundedMemoryStorageTests() => _storage = Create(maxEntries: 1000);

    protected override IStorage Storage => _storage;

    public void Dispose() => _storage.Dispose();

    [Fact]
    public async Task Forgets_state_left_idle_longer_than_the_timeout()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["idle"] = new Note { Text = "a" }, ["busy"] = new Note { Text = "b" } });

        _time.Advance(TimeSpan.FromMinutes(50));
        Assert.Single(await _storage.ReadAsync(["busy"]));
        _time.Advance(TimeSpan.FromMinutes(50));

        Assert.Empty(await _storage.ReadAsync(["idle"]));
        Assert.Single(await _storage.ReadAsync(["busy"]));
    }

    [Fact]
    public async Task Sweeps_idle_entries_even_when_nobody_reads_them()
    {
        for (var i = 0; i < 100; i++)
        {
            await _storage.WriteAsync(new Dictionary<string, object> { [$"c{i}"] = new Note { Text = "x" } });
        }

        _time.Advance(TimeSpan.FromHours(2));

        Assert.Equal(0, _storage.Count);
    }

    [Fact]
    public async Task Evicts_the_least_recently_used_entries_beyond_the_cap()
    {
        using var storage = Create(maxEntries: 10);
        for (var i = 0; i < 10; i++)
        {
            await storage.WriteAsync(new Dictionary<string, object> { [$"c{i}"] = new Note { Text = "x" } });
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        await storage.ReadAsync(["c0"]);
        await storage.WriteAsync(new Dictionary<string, object> { ["c10"] = new Note { Text = "x" } });

        Assert.True(storage.Count <= 10);
        Assert.Single(await storage.ReadAsync(["c0"]));
        Assert.Single(await storage.ReadAsync(["c10"]));
        Assert.Empty(await storage.ReadAsync(["c1"]));
    }

    [Fact]
    public async Task Stays_within_the_cap_under_a_flood_of_new_conversations()
    {
        using var storage = Create(maxEntries: 500);

        await Parallel.ForEachAsync(Enumerable.Range(0, 20_000), async (i, _) =>
            await storage.WriteAsync(new Dictionary<string, object> { [$"flood/{i}"] = new Note { Text = "x" } }));

        Assert.InRange(storage.Count, 1, 500);
    }

    private BoundedMemoryStorage Create(int maxEntries) => new(
        Options.Create(new StateOptions { IdleTimeout = TimeSpan.FromHours(1), Memory = new MemoryStateOptions { MaxEntries = maxEntries } }),
        _time);
}
