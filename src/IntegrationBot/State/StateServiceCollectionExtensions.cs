using IntegrationBot.Health;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace IntegrationBot.State;

/// <summary>Registration of the conversation state store.</summary>
public static class StateServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="IStorage"/> behind ConversationState/UserState, chosen by "State:Provider" when the
    /// host resolves it (so every configuration source counts): Memory (default; <see cref="BoundedMemoryStorage"/>,
    /// idle expiry and an entry cap) or Redis (<see cref="RedisStorage"/> at "State:Redis:Configuration" behind
    /// <see cref="ResilientStorage"/>: timeouts and a circuit breaker), plus a "state" readiness check. Replaces a
    /// MemoryStorage registration. Also registers the ConversationState over that store.
    /// </summary>
    public static IServiceCollection AddConversationStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StateOptions>().Bind(configuration.GetSection(StateOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IConnectionMultiplexer>(static provider => Connect(provider.GetRequiredService<IOptions<StateOptions>>().Value.Redis));
        services.AddSingleton(static provider => new ResilientStorage(
            new RedisStorage(provider.GetRequiredService<IConnectionMultiplexer>(), provider.GetRequiredService<IOptions<StateOptions>>()),
            provider.GetRequiredService<IOptions<StateOptions>>(),
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<BoundedMemoryStorage>();
        services.RemoveAll<IStorage>();
        services.AddSingleton<IStorage>(static provider => provider.GetRequiredService<IOptions<StateOptions>>().Value.Provider == StateProvider.Redis
            ? provider.GetRequiredService<ResilientStorage>()
            : provider.GetRequiredService<BoundedMemoryStorage>());
        services.AddHealthChecks().Add(new HealthCheckRegistration(
            "state",
            static provider => provider.GetRequiredService<IOptions<StateOptions>>().Value.Provider == StateProvider.Redis
                ? ActivatorUtilities.CreateInstance<RedisHealthCheck>(provider, provider.GetRequiredService<ResilientStorage>())
                : new InMemoryStateHealthCheck(),
            failureStatus: null,
            tags: [HealthEndpointRouteBuilderExtensions.ReadyTag]));
        services.TryAddSingleton<ConversationState>();
        return services;
    }

    private static ConnectionMultiplexer Connect(RedisStateOptions settings)
    {
        var redis = ConfigurationOptions.Parse(settings.Configuration);

        // Start even while Redis is briefly away; /readyz says so and the client reconnects by itself.
        redis.AbortOnConnectFail = false;
        var operation = (int)Math.Max(100, settings.OperationTimeout.TotalMilliseconds);
        redis.ConnectTimeout = (int)Math.Max(100, settings.ConnectTimeout.TotalMilliseconds);
        redis.SyncTimeout = operation;
        redis.AsyncTimeout = operation;
        redis.KeepAlive = 5;
        return ConnectionMultiplexer.Connect(redis);
    }

    private sealed class InMemoryStateHealthCheck : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(HealthCheckResult.Healthy("Conversation state is kept in memory."));
    }
}
