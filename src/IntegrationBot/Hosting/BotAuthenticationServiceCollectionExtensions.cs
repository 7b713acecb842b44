using Microsoft.Extensions.Options;

namespace IntegrationBot.Hosting;

public static class BotAuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates the Bot Framework authentication settings (MicrosoftAppType, MicrosoftAppId,
    /// MicrosoftAppPassword, MicrosoftAppTenantId) when the host starts: an app id without a password, an unknown app
    /// type or a single-tenant app without tenant stop the start. The authentication itself (the SDK's
    /// ConfigurationBotFrameworkAuthentication, wrapped to fail closed) is registered by <c>AddBotSecurity</c>.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BotAuthenticationOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>();
        return services;
    }
}
