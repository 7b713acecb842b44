using System.ComponentModel.DataAnnotations;

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

    /// <summary>Local mode: a conversation nobody has touched for this long is forgotten (its token expires with it).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Local mode: upper bound of conversations held in memory; the least recently used one makes room.</summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 2_000;

    /// <summary>Local mode: upper bound of activities kept per conversation; older ones are dropped (the watermark keeps counting).</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Local mode: largest activity body accepted from a client.</summary>
    [Range(1_024, 10_485_760)]
    public int MaxActivityBytes { get; set; } = 262_144;
}
