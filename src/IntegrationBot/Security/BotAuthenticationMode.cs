namespace IntegrationBot.Security;

/// <summary>Whether the bot authenticates channels (a MicrosoftAppId is configured) or runs anonymously for local use.</summary>
public sealed record BotAuthenticationMode(bool IsAnonymous)
{
    public static BotAuthenticationMode From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new BotAuthenticationMode(string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]));
    }
}
