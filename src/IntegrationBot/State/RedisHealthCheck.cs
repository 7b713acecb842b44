using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace IntegrationBot.State;

/// <summary>
/// Ready only while the Redis that holds the conversations answers a PING, and always within a second: an open circuit
/// answers at once, a PING waits at most the operation timeout.
/// </summary>
public sealed class RedisHealthCheck : IHealthCheck
{
    private readonly IConnectionMultiplexer _redis;
    private readonly ResilientStorage? _storage;
    private readonly TimeSpan _timeout;

    public RedisHealthCheck(IConnectionMultiplexer redis, IOptions<StateOptions> options, ResilientStorage? storage = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(options);
        _redis = redis;
        _storage = storage;
        _timeout = options.Value.Redis.OperationTimeout;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (_storage is not null)
        {
            try
            {
                await _storage.ProbeAsync(() => _redis.GetDatabase().PingAsync(), cancellationToken).ConfigureAwait(false);
                return HealthCheckResult.Healthy("Redis answers.");
            }
            catch (StateUnavailableException ex)
            {
                return HealthCheckResult.Unhealthy("Redis does not answer; turns are answered without context until it is back.", ex);
            }
        }

        try
        {
            var latency = await _redis.GetDatabase().PingAsync().WaitAsync(_timeout, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"Redis answers ({latency.TotalMilliseconds:0.#} ms).");
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer.", ex);
        }
    }
}
