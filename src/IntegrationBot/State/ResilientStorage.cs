using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using StackExchange.Redis;

namespace IntegrationBot.State;

/// <summary>
/// Wraps the Redis <see cref="IStorage"/> so an outage costs a turn at most <see cref="RedisStateOptions.OperationTimeout"/>
/// per call: each call is timed out (Polly), and after <see cref="RedisStateOptions.FailuresBeforeBreak"/> failures in a row
/// a circuit breaker fails calls at once for <see cref="RedisStateOptions.BreakDuration"/>, then lets one call probe.
/// Failures surface as <see cref="StateUnavailableException"/>; ETag conflicts pass through untouched (Redis answered).
/// </summary>
public sealed class ResilientStorage : IStorage
{
    private readonly IStorage _inner;
    private readonly ResiliencePipeline _pipeline;
    private readonly CircuitBreakerStateProvider _circuit = new();

    public ResilientStorage(IStorage inner, IOptions<StateOptions> options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(options);
        _inner = inner;
        var redis = options.Value.Redis;
        var failures = new PredicateBuilder()
            .Handle<RedisException>()
            .Handle<TimeoutRejectedException>()
            .Handle<TimeoutException>()
            .Handle<ObjectDisposedException>();
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = time ?? TimeProvider.System }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = failures,
                // Half of at least N calls within the sampling window failed (the calls just before an outage succeeded).
                FailureRatio = 0.5,
                MinimumThroughput = Math.Max(2, redis.FailuresBeforeBreak),
                SamplingDuration = TimeSpan.FromSeconds(10),
                BreakDuration = redis.BreakDuration < TimeSpan.FromMilliseconds(500) ? TimeSpan.FromMilliseconds(500) : redis.BreakDuration,
                StateProvider = _circuit,
            })
            .AddTimeout(redis.OperationTimeout)
            .Build();
    }

    /// <summary>True while the circuit is open (or half-open): Redis is known not to answer.</summary>
    public bool IsBroken => _circuit.CircuitState is CircuitState.Open or CircuitState.Isolated or CircuitState.HalfOpen;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        RunAsync(token => new ValueTask<IDictionary<string, object>>(_inner.ReadAsync(keys, token).WaitAsync(token)), "read", cancellationToken);

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
        RunAsync(async token => { await _inner.WriteAsync(changes, token).WaitAsync(token).ConfigureAwait(false); return true; }, "write", cancellationToken);

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        RunAsync(async token => { await _inner.DeleteAsync(keys, token).WaitAsync(token).ConfigureAwait(false); return true; }, "delete", cancellationToken);

    /// <summary>
    /// Runs a health probe through the same timeout and circuit: fails at once while the circuit is open, and after the
    /// break it is the call that closes the circuit again, so /readyz itself brings recovery to light.
    /// </summary>
    public Task ProbeAsync(Func<Task> probe, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(probe);
        return RunAsync(async token => { await probe().WaitAsync(token).ConfigureAwait(false); return true; }, "probe", cancellationToken);
    }

    private async Task<T> RunAsync<T>(Func<CancellationToken, ValueTask<T>> call, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(call, cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException exception)
        {
            throw new StateUnavailableException($"State {what} skipped: the state store failed repeatedly and is not tried for a moment.", exception);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutRejectedException or TimeoutException or ObjectDisposedException)
        {
            throw new StateUnavailableException($"State {what} failed: the state store did not answer in time.", exception);
        }
    }
}
