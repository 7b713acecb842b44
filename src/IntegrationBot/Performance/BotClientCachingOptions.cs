namespace IntegrationBot.Performance;

/// <summary>Per-turn client caching around the SDK's authentication (configuration section <see cref="Section"/>).</summary>
public sealed class BotClientCachingOptions
{
    public const string Section = "Performance:BotClientCaching";

    /// <summary>Off: every call goes straight to the SDK, as without the decorator (for before/after measurements).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Most distinct (app id, service URL, audience) combinations kept; 0 turns connector caching off. The service URL
    /// comes from the request, so the bound keeps hostile input from growing memory: beyond it, turns get a client of
    /// their own, exactly as without the cache.
    /// </summary>
    public int Capacity { get; set; } = 100;

    /// <summary>
    /// How long one connector client is reused. Matches IHttpClientFactory's default handler lifetime so that DNS
    /// changes of a channel's service URL are still picked up.
    /// </summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(2);
}
