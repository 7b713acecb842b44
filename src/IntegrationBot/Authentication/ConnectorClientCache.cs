using System.Collections.Concurrent;
using IntegrationBot.Performance;
using Microsoft.Bot.Connector;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Authentication;

/// <summary>
/// Keeps one connector client per <see cref="ConnectorClientKey"/>. Building a ConnectorClient is the most expensive
/// part of an SDK turn (Microsoft.Rest sets its user agent with freshly built regular expressions and reflection, and
/// new JSON contract resolvers start cold), and CloudAdapter builds one for every turn even when the turn never
/// sends anything over it (deliveryMode expectReplies).
/// </summary>
internal sealed class ConnectorClientCache(IOptions<PerformanceOptions> options, TimeProvider timeProvider) : IDisposable
{
    private readonly ConcurrentDictionary<ConnectorClientKey, Entry> entries = new();

    /// <summary>Number of cached clients (for tests and diagnostics).</summary>
    public int Count => entries.Count;

    /// <summary>
    /// Returns the shared client for <paramref name="key"/>, building it with <paramref name="create"/> when there is
    /// none or it expired. Anything that cannot be shared (not a <see cref="ConnectorClient"/>, or the cache is full)
    /// is returned as built, so the caller's turn owns and disposes it as the SDK intends.
    /// </summary>
    public async Task<IConnectorClient> GetOrCreateAsync(ConnectorClientKey key, Func<CancellationToken, Task<IConnectorClient>> create, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(create);
        var now = timeProvider.GetUtcNow();
        if (entries.TryGetValue(key, out var cached) && cached.ExpiresAt > now)
        {
            return cached.Client;
        }

        var created = await create(cancellationToken).ConfigureAwait(false);
        if (created is not ConnectorClient prototype || prototype.HttpClient is null || !HasRoomFor(key, now))
        {
            return created;
        }

        // The prototype keeps owning its HttpClient (from the SDK's IHttpClientFactory, with whatever handlers the host
        // configured); the shared client borrows it. Replaced entries are not disposed because a turn may still be
        // sending over them: factory-made HttpClients need no disposal.
        var shared = new SharedConnectorClient(prototype.BaseUri, prototype.Credentials, prototype.HttpClient);
        entries[key] = new Entry(shared, prototype, now + options.Value.ConnectorClientLifetime);
        return shared;
    }

    public void Dispose()
    {
        foreach (var entry in entries.Values)
        {
            entry.Owner.Dispose();
        }

        entries.Clear();
    }

    private bool HasRoomFor(ConnectorClientKey key, DateTimeOffset now)
    {
        var capacity = options.Value.ConnectorClientCapacity;
        if (capacity <= 0)
        {
            return false;
        }

        if (entries.ContainsKey(key) || entries.Count < capacity)
        {
            return true;
        }

        foreach (var (staleKey, entry) in entries)
        {
            if (entry.ExpiresAt <= now)
            {
                entries.TryRemove(staleKey, out _);
            }
        }

        return entries.Count < capacity;
    }

    private sealed record Entry(SharedConnectorClient Client, ConnectorClient Owner, DateTimeOffset ExpiresAt);
}
