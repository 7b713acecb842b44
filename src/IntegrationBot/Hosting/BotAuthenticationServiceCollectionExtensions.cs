using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Hosting;

public static class BotAuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// The SDK's <see cref="ConfigurationBotFrameworkAuthentication"/> over the root configuration: with an empty
    /// MicrosoftAppId it authenticates nobody (Emulator, tests), with one it validates Bot Connector tokens and signs
    /// replies. The options are validated when the host starts. <c>AddBotSecurity</c> replaces this registration
    /// with the same authentication wrapped to fail closed; this one serves hosts composed without it.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BotAuthenticationOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>();
        services.AddHttpClient();
        services.TryAddSingleton<BotFrameworkAuthentication>(provider => new ConfigurationBotFrameworkAuthentication(
            provider.GetRequiredService<IConfiguration>(),
            httpClientFactory: provider.GetRequiredService<IHttpClientFactory>(),
            logger: provider.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
        return services;
    }
}
