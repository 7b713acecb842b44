using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace IntegrationBot.State;

/// <summary>Ready only while the Redis that holds the conversations answers a PING.</summary>
public sealed class RedisHealthCheck : IHealthCheck
{
    private readonly IConnectionMultiplexer _redis;

    public RedisHealthCheck(IConnectionMultiplexer redis)
    {
        ArgumentNullException.ThrowIfNull(redis);
        _redis = redis;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await _redis.GetDatabase().PingAsync().ConfigureAwait(false);
            return HealthCheckResult.Healthy($"Redis answers ({latency.TotalMilliseconds:0.#} ms).");
        }
        catch (RedisException ex)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer.", ex);
        }
    }
}
