using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Hosting;

public static class BotAuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// The SDK's <see cref="ConfigurationBotFrameworkAuthentication"/> over the root configuration: with an empty
    /// MicrosoftAppId it authenticates nobody (Emulator, tests), with one it validates Bot Connector tokens and signs
    /// replies. The options are validated when the host starts.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BotAuthenticationOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>();
        services.AddHttpClient();
        services.AddSingleton<BotFrameworkAuthentication>(provider => new ConfigurationBotFrameworkAuthentication(
            provider.GetRequiredService<IConfiguration>(),
            httpClientFactory: provider.GetRequiredService<IHttpClientFactory>(),
            logger: provider.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
        return services;
    }
}
