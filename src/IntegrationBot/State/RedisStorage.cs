using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StackExchange.Redis;

namespace IntegrationBot.State;

/// <summary>
/// <see cref="IStorage"/> on Redis, for several bot instances behind a load balancer and for state that survives a
/// restart. Each item is a hash (etag, doc) under a prefixed key with a sliding expiry. Writes of an
/// <see cref="IStoreItem"/> are optimistic: a Lua script compares the ETag and writes in one atomic step, so of two
/// instances writing the same version, exactly one wins. One script call per key keeps it valid on Redis Cluster.
/// </summary>
public sealed class RedisStorage : IStorage
{
    // KEYS[1] item; ARGV: check etag (1/0), expected etag, new etag, document, ttl ms. Returns 0 on conflict.
    private static readonly LuaScript WriteScript = LuaScript.Prepare(
        """
        local current = redis.call('HGET', @key, 'etag')
        if @check == '1' and current and current ~= @expected then return 0 end
        redis.call('HSET', @key, 'etag', @etag, 'doc', @doc)
        redis.call('PEXPIRE', @key, @ttl)
        return 1
        """);

    // Reading counts as use: the expiry slides.
    private static readonly LuaScript ReadScript = LuaScript.Prepare(
        """
        local doc = redis.call('HGET', @key, 'doc')
        if doc then redis.call('PEXPIRE', @key, @ttl) end
        return doc
        """);

    private readonly IConnectionMultiplexer _redis;
    private readonly JsonSerializer _serializer = StateJsonSerializer.Create();
    private readonly string _prefix;
    private readonly long _ttlMilliseconds;

    public RedisStorage(IConnectionMultiplexer redis, IOptions<StateOptions> options)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(options);
        _redis = redis;
        _prefix = options.Value.Redis.KeyPrefix;
        _ttlMilliseconds = (long)(options.Value.IdleTimeout > TimeSpan.Zero ? options.Value.IdleTimeout : IntegrationBot.Core.Understanding.ConversationContext.Lifetime).TotalMilliseconds;
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var database = _redis.GetDatabase();
        var reads = keys.Distinct(StringComparer.Ordinal)
            .Select(async key => (key, doc: await database.ScriptEvaluateAsync(ReadScript, new { key = Key(key), ttl = _ttlMilliseconds }).ConfigureAwait(false)))
            .ToArray();
        var found = new Dictionary<string, object>(keys.Length);
        foreach (var (key, doc) in await Task.WhenAll(reads).ConfigureAwait(false))
        {
            if (!doc.IsNull)
            {
                found[key] = JObject.Parse((string)doc!).ToObject<object>(_serializer)!;
            }
        }

        return found;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var database = _redis.GetDatabase();
        foreach (var (key, value) in changes)
        {
            if (value is null)
            {
                await database.KeyDeleteAsync(Key(key)).ConfigureAwait(false);
                continue;
            }

            var document = JObject.FromObject(value, _serializer);
            var etag = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
            var check = value is IStoreItem item && item.ETag != "*";
            var expected = (value as IStoreItem)?.ETag ?? string.Empty;
            if (value is IStoreItem)
            {
                document["eTag"] = etag;
            }

            var written = (int)await database.ScriptEvaluateAsync(WriteScript, new
            {
                key = Key(key),
                check = check ? "1" : "0",
                expected,
                etag,
                doc = document.ToString(Formatting.None),
                ttl = _ttlMilliseconds,
            }).ConfigureAwait(false);
            if (written == 0)
            {
                throw new StateETagConflictException(key);
            }
        }
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return _redis.GetDatabase().KeyDeleteAsync(keys.Select(Key).ToArray());
    }

    private RedisKey Key(string key) => new(_prefix + key);
}
