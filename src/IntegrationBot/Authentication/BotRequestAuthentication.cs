using IntegrationBot.Performance;
using IntegrationBot.Resilience;
using IntegrationBot.Security;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Authentication;

/// <summary>
/// How a request on /api/messages is authenticated, in one place. The adapter hands every activity with its
/// Authorization header to the registered <see cref="BotFrameworkAuthentication"/>, which is composed here:
/// <list type="number">
/// <item>The settings (MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId) are validated when
/// the host starts (<see cref="BotAuthenticationOptionsValidator"/>): a broken combination stops the start.</item>
/// <item>The SDK's <see cref="ConfigurationBotFrameworkAuthentication"/> validates the token of every request (signature
/// against the channel's OpenID metadata, issuer, audience, expiry, endorsements, serviceUrl claim); nothing of it is
/// replaced or cached. Without MicrosoftAppId it accepts requests without a token, and the request guard
/// (Security/) answers only loopback clients. Its connector HTTP client is the resilient reply client (Resilience/).</item>
/// <item><see cref="FailClosedBotFrameworkAuthentication"/>: every failure, also an unreachable or hanging OpenID metadata
/// service, becomes a 401 within <c>Security:AuthenticationTimeout</c> (the SDK would answer 500, or wait).</item>
/// <item><see cref="CachingBotFrameworkAuthentication"/> (<c>Performance:ClientCaching</c>, on by default) removes the
/// SDK's per-turn costs that have nothing to do with checking the caller: a new ConnectorClient per turn
/// (ConnectorFactoryImpl.CreateAsync and Microsoft.Rest's SetUserAgent) becomes one cached client per service URL, app
/// id and scope (<see cref="ConnectorClientCache"/>), and the UserTokenClient the SDK builds for every turn is built
/// only when a turn uses it (<see cref="LazyUserTokenClient"/>; this bot's turns never do).</item>
/// </list>
/// Measured effect and how to switch it off: docs/performance.md; the security rules: docs/security.md.
/// </summary>
public static class BotRequestAuthentication
{
    /// <summary>
    /// Registers the composed <see cref="BotFrameworkAuthentication"/> described on this type. Reads
    /// <see cref="BotSecurityOptions.AuthenticationTimeout"/> (bound by <c>AddBotSecurity</c>) and uses
    /// <see cref="ChannelConnectorHttpClientFactory"/> when <c>AddResilientChannelReplies</c> registered it.
    /// </summary>
    public static IServiceCollection AddBotRequestAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BotAuthenticationOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>();
        services.AddOptions<BotSecurityOptions>();
        services.AddHttpClient();
        services.AddSingleton<BotFrameworkAuthentication>(sp => new FailClosedBotFrameworkAuthentication(
            new ConfigurationBotFrameworkAuthentication(
                configuration,
                httpClientFactory: (IHttpClientFactory?)sp.GetService<ChannelConnectorHttpClientFactory>() ?? sp.GetRequiredService<IHttpClientFactory>(),
                logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()),
            sp.GetRequiredService<IOptions<BotSecurityOptions>>().Value.AuthenticationTimeout,
            sp.GetRequiredService<ILogger<FailClosedBotFrameworkAuthentication>>()));
        return services.AddBotFrameworkAuthenticationCaching();
    }

    /// <summary>
    /// Wraps the registered <see cref="BotFrameworkAuthentication"/> (register it first) in
    /// <see cref="CachingBotFrameworkAuthentication"/> when <see cref="PerformanceOptions.ClientCaching"/> is on. Also used
    /// on its own, around the stock SDK authentication, by the benchmarks' echo-bot baseline.
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
