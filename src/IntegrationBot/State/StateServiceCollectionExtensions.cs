using IntegrationBot.Health;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace IntegrationBot.State;

/// <summary>Registration of the conversation state store.</summary>
public static class StateServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="IStorage"/> behind ConversationState/UserState, chosen by "State:Provider":
    /// Memory (default; <see cref="BoundedMemoryStorage"/>, idle expiry and an entry cap) or Redis
    /// (<see cref="RedisStorage"/> at "State:Redis:Configuration", plus a "state" readiness check). Replaces a
    /// MemoryStorage registration. Also registers the ConversationState over that store.
    /// </summary>
    public static IServiceCollection AddConversationStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(StateOptions.SectionName);
        services.AddOptions<StateOptions>().Bind(section);
        var options = section.Get<StateOptions>() ?? new StateOptions();
        if (options.Provider == StateProvider.Redis)
        {
            services.AddSingleton<IConnectionMultiplexer>(_ =>
            {
                var redis = ConfigurationOptions.Parse(options.Redis.Configuration);

                // Start even while Redis is briefly away; /readyz says so and the client reconnects by itself.
                redis.AbortOnConnectFail = false;
                return ConnectionMultiplexer.Connect(redis);
            });
            services.AddSingleton<IStorage, RedisStorage>();
            services.AddHealthChecks().AddCheck<RedisHealthCheck>("state", tags: [HealthEndpointRouteBuilderExtensions.ReadyTag]);
        }
        else
        {
            services.AddSingleton<IStorage, BoundedMemoryStorage>();
        }

        services.TryAddSingleton<ConversationState>();
        return services;
    }
}
