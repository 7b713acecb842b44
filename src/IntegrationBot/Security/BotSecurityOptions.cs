namespace IntegrationBot.Security;

/// <summary>
/// Configuration section "Security": how /api/messages defends itself before the Bot Framework sees a request.
/// Defaults protect an internet-facing bot without a human ever noticing them.
/// </summary>
public sealed class BotSecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>The bot endpoint the guards protect.</summary>
    public string MessagesPath { get; set; } = "/api/messages";

    /// <summary>
    /// Largest accepted activity in bytes. Channel activities are a few KB; 256 KB leaves room for
    /// Adaptive Card submits while keeping a flood of huge bodies cheap to refuse (413).
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Without a MicrosoftAppId nobody is authenticated, so by default only loopback clients (Emulator, local Web Chat,
    /// tests) may talk to the bot. Set to true only behind a network boundary that does the authentication instead.
    /// </summary>
    public bool AllowAnonymousRemote { get; set; }

    /// <summary>
    /// Longest a request may wait for its authentication. The SDK fetches OpenID metadata with a 100 s timeout; when the
    /// metadata service hangs, requests are refused (401) after this instead of piling up.
    /// </summary>
    public TimeSpan AuthenticationTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Anonymous mode only: besides loopback addresses (the Emulator's own), the serviceUrls the bot may POST replies
    /// to. Anything else must use deliveryMode expectReplies, or the request is refused (400): nobody is authenticated,
    /// so a client must not make the bot call an arbitrary address.
    /// </summary>
    public IList<string> LocalServiceUrls { get; } = [];

    public BotRateLimitOptions RateLimiting { get; set; } = new();
}
