using System.ComponentModel.DataAnnotations;
using IntegrationBot.Security;

namespace IntegrationBot.DirectLine;

/// <summary>Configuration section "DirectLine": how the Web Chat page connects to the bot.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    public DirectLineMode Mode { get; set; } = DirectLineMode.Local;

    /// <summary>Azure mode: the Direct Line channel secret. Stays on the server; only tokens reach the browser.</summary>
    public string? Secret { get; set; }

    /// <summary>Azure mode: base address of the Direct Line service (regional or a stand-in in tests).</summary>
    [Required]
    public Uri TokenEndpoint { get; set; } = new("https://directline.botframework.com");

    /// <summary>Azure mode: how long a call to the token service may take before the page gets a 502.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan TokenRequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Local mode: the bot's account in the conversation (Direct Line calls it the bot handle).</summary>
    [Required]
    public string BotId { get; set; } = "integrationbot";

    [Required]
    public string BotName { get; set; } = "IntegrationBot";

    /// <summary>
    /// Local mode: whether the bot serves Direct Line itself. Unset: yes in anonymous mode (no MicrosoftAppId), no with
    /// a MicrosoftAppId, because the local Direct Line does not authenticate like a Bot Framework channel. Set to true with
    /// a MicrosoftAppId only together with <see cref="LocalTokenSecret"/> (checked at start). See docs/security.md.
    /// </summary>
    public bool? LocalEnabled { get; set; }

    /// <summary>
    /// Local mode: when set, POST /api/directline/token requires <c>Authorization: Bearer &lt;secret&gt;</c> (like
    /// Azure Direct Line's secret-for-token exchange): the intranet portal or the SSO proxy in front of the page adds
    /// it. Required with a MicrosoftAppId; at least 32 characters.
    /// </summary>
    public string? LocalTokenSecret { get; set; }

    /// <summary>Origins (scheme://host[:port]) of intranet pages that embed the chat, besides the bot's own page.</summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>Local mode: a conversation nobody has touched for this long is forgotten (swept on a timer).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Local mode: a token is valid this long (expires_in), used or not; POST tokens/refresh issues a new one.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Local mode: upper bound of conversations held in memory.</summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 2_000;

    /// <summary>
    /// Local mode: a conversation used within this period is never evicted to make room for a new one; when all are,
    /// new conversations get 503 with Retry-After.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan EvictionProtection { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Local mode: memory budget of one conversation's transcript (bytes); the oldest activities go first.</summary>
    [Range(16_384, 1_073_741_824)]
    public long MaxConversationBytes { get; set; } = 512 * 1024;

    /// <summary>Local mode: memory budget of all transcripts together (bytes).</summary>
    [Range(65_536, 17_179_869_184)]
    public long MaxTotalBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Local mode: the user's own message is echoed into the transcript with at most this many characters.</summary>
    [Range(16, 1_000_000)]
    public int MaxEchoTextLength { get; set; } = 2_000;

    /// <summary>Local mode: a GET activities answer holds at most about this many bytes; the watermark pages on.</summary>
    [Range(4_096, 16_777_216)]
    public int MaxActivitiesPageBytes { get; set; } = 256 * 1024;

    /// <summary>Conversations (tokens) a client address may create: 20 at once, then 10 per minute.</summary>
    public TokenBucketSettings TokenRateLimit { get; set; } = new() { TokenLimit = 20, TokensPerPeriod = 10, PeriodSeconds = 60 };

    /// <summary>Local mode: upper bound of activities kept per conversation; older ones are dropped (the watermark keeps counting).</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Local mode: largest activity body accepted from a client.</summary>
    [Range(1_024, 10_485_760)]
    public int MaxActivityBytes { get; set; } = 262_144;
}
