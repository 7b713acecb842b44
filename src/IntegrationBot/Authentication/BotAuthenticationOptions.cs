namespace IntegrationBot.Authentication;

/// <summary>
/// The Azure Bot registration the SDK authenticates with. Keys sit at the configuration root, under the names the
/// Bot Framework SDK reads (appsettings, environment variables, user secrets). All empty = anonymous, for the
/// Emulator and local tests; never commit real values.
/// </summary>
public sealed class BotAuthenticationOptions
{
    /// <summary>MultiTenant, SingleTenant or UserAssignedMSI (empty = MultiTenant, the SDK's default).</summary>
    public string MicrosoftAppType { get; set; } = string.Empty;

    /// <summary>The Azure Bot's app (client) id; empty = no authentication.</summary>
    public string MicrosoftAppId { get; set; } = string.Empty;

    /// <summary>The app registration's client secret (not used with UserAssignedMSI).</summary>
    public string MicrosoftAppPassword { get; set; } = string.Empty;

    /// <summary>The Entra tenant; required for SingleTenant and UserAssignedMSI.</summary>
    public string MicrosoftAppTenantId { get; set; } = string.Empty;

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
