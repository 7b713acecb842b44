using IntegrationBot.Network;
using IntegrationBot.Security;
using Microsoft.Extensions.Options;

namespace IntegrationBot.DirectLine;

/// <summary>
/// The Direct Line's trust model, derived from the bot's: anonymous (no MicrosoftAppId) serves loopback clients only
/// unless Security:AllowAnonymousRemote opts in, exactly like /api/messages. With a MicrosoftAppId the local Direct Line
/// is off unless DirectLine:LocalEnabled, and then its token endpoint requires DirectLine:LocalTokenSecret.
/// </summary>
internal sealed class DirectLineAccess
{
    // The configuration as the built host sees it (not a registration-time snapshot, which misses late sources).
    public DirectLineAccess(IOptions<DirectLineOptions> options, IConfiguration configuration, IOptions<BotSecurityOptions> security)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(security);
        var settings = options.Value;
        var mode = BotAuthenticationMode.From(configuration);
        IsAnonymous = mode.IsAnonymous;
        LocalServed = settings.Mode == DirectLineMode.Local && (settings.LocalEnabled ?? mode.IsAnonymous);
        RemoteAllowed = !mode.IsAnonymous || security.Value.AllowAnonymousRemote;
        Secret = string.IsNullOrWhiteSpace(settings.LocalTokenSecret) ? null : settings.LocalTokenSecret;
    }

    public bool IsAnonymous { get; }

    /// <summary>The bot serves the Direct Line 3.0 endpoints itself.</summary>
    public bool LocalServed { get; }

    /// <summary>Clients other than loopback (or a trusted proxy's loopback client) may use the Direct Line.</summary>
    public bool RemoteAllowed { get; }

    /// <summary>The secret the local token endpoint requires, if any.</summary>
    public string? Secret { get; }

    public bool Admits(HttpContext context) => RemoteAllowed || ClientAddress.IsLoopback(context);
}
