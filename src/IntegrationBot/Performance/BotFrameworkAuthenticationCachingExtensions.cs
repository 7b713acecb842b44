using IntegrationBot.Performance;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registration of the per-turn client caching around the SDK's authentication.</summary>
public static class BotFrameworkAuthenticationCachingExtensions
{
    /// <summary>
    /// Wraps the registered <see cref="BotFrameworkAuthentication"/> (call this after registering it, e.g.
    /// ConfigurationBotFrameworkAuthentication) so that turns reuse connector clients and build the user-token client
    /// only when used. Options: <see cref="PerformanceOptions"/>.
    /// </summary>
    public static IServiceCollection AddBotFrameworkAuthenticationCaching(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var registration = services.LastOrDefault(d => d.ServiceType == typeof(BotFrameworkAuthentication) && !d.IsKeyedService)
            ?? throw new InvalidOperationException("Register a BotFrameworkAuthentication (e.g. ConfigurationBotFrameworkAuthentication) before calling AddBotFrameworkAuthenticationCaching().");

        services.AddPerformanceOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ConnectorClientCache>();

        services.Remove(registration);
        services.Add(ServiceDescriptor.Describe(
            typeof(BotFrameworkAuthentication),
            provider => Decorate(provider, CreateInner(provider, registration)),
            registration.Lifetime));
        return services;
    }

    /// <summary>Binds <see cref="PerformanceOptions"/> to the "Performance" configuration section.</summary>
    public static IServiceCollection AddPerformanceOptions(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<PerformanceOptions>()
            .BindConfiguration(PerformanceOptions.Section)
            .Validate(o => o.ConnectorClientCapacity >= 0 && o.ConnectorClientLifetime > TimeSpan.Zero, "ConnectorClientCapacity must be >= 0 and ConnectorClientLifetime positive.");
        return services;
    }

    private static BotFrameworkAuthentication Decorate(IServiceProvider provider, BotFrameworkAuthentication inner) =>
        provider.GetRequiredService<IOptions<PerformanceOptions>>().Value.ClientCaching
            ? new CachingBotFrameworkAuthentication(inner, provider.GetRequiredService<ConnectorClientCache>())
            : inner;

    private static BotFrameworkAuthentication CreateInner(IServiceProvider provider, ServiceDescriptor registration) => registration switch
    {
        { ImplementationInstance: BotFrameworkAuthentication instance } => instance,
        { ImplementationFactory: { } factory } => (BotFrameworkAuthentication)factory(provider),
        { ImplementationType: { } type } => (BotFrameworkAuthentication)ActivatorUtilities.CreateInstance(provider, type),
        _ => throw new InvalidOperationException("The BotFrameworkAuthentication registration cannot be decorated."),
    };
}
