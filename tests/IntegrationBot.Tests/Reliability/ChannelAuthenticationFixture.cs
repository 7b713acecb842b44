using IntegrationBot.Tests.Hosting;
using IntegrationBot.Tests.Reliability.Support;

namespace IntegrationBot.Tests.Reliability;

/// <summary>One OpenID metadata stand-in and one authenticated bot host pointed at it, shared by the token tests.</summary>
public sealed class ChannelAuthenticationFixture : IAsyncLifetime
{
    public const string AppId = "5f1b4a0e-4b5e-4c1e-9a3e-0d6f7c2b9a11";

    internal OpenIdMetadataStandIn Metadata { get; private set; } = null!;

    internal BotApplicationFactory Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Metadata = await OpenIdMetadataStandIn.StartAsync();
        Bot = new BotApplicationFactory { Settings = Settings(Metadata.MetadataUrl), Bot = new EchoBot() }.Started();
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Metadata.DisposeAsync();
    }

    /// <summary>Public-cloud settings, except that both OpenID metadata URLs point at <paramref name="metadataUrl"/>.</summary>
    internal static Dictionary<string, string?> Settings(string metadataUrl) => new()
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-used-by-expect-replies-turns",
        ["ToBotFromChannelOpenIdMetadataUrl"] = metadataUrl,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = metadataUrl,
        ["ToBotFromChannelTokenIssuer"] = ChannelTokens.ChannelIssuer,
        ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/botframework.com",
        ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
        ["OAuthUrl"] = "https://api.botframework.com",
        ["ValidateAuthority"] = "true",
    };
}
