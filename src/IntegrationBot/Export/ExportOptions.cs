namespace IntegrationBot.Export;

/// <summary>"Export": the „Als Excel/Word herunterladen“ buttons and the endpoint behind them.</summary>
public sealed class ExportOptions
{
    public const string SectionName = "Export";

    /// <summary>Off: cards offer no download and the endpoint answers 404.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The bot's public address as users' browsers reach it (behind a proxy or gateway), e.g. https://bot.example.org/.
    /// Empty: the origin of the request that delivered the message (the messaging endpoint's own address).
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>
    /// Base64 HMAC-SHA256 key (at least 32 bytes) that signs the links. Set it when several instances serve the bot
    /// or links should survive a restart; empty: a random key per process (links end with the process).
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>How long a download link works; after that the card must be asked for again (default 30 days).</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(30);

    public const int MinimumKeyBytes = 32;
}
