namespace IntegrationBot.Performance;

/// <summary>
/// Switches for the host's per-turn savings (configuration section "Performance"). All on by default; turning one off
/// restores the SDK's own behaviour, for before/after measurements (scripts/loadtest.sh, target ours-sdk).
/// </summary>
public sealed class PerformanceOptions
{
    public const string Section = "Performance";

    /// <summary>Reuse connector clients and build the user-token client only when a turn uses it.</summary>
    public bool ClientCaching { get; set; } = true;

    /// <summary>Write turn responses as compact JSON without deep-copying cards (<see cref="CompactCloudAdapter"/>).</summary>
    public bool CompactResponses { get; set; } = true;

    /// <summary>
    /// Most distinct (app id, service URL, audience) combinations with a cached connector client; 0 turns the connector
    /// cache off. The service URL comes from the request, so the bound keeps hostile input from growing memory: beyond
    /// it, turns get a client of their own, exactly as without the cache.
    /// </summary>
    public int ConnectorClientCapacity { get; set; } = 100;

    /// <summary>
    /// How long one connector client is reused. Matches IHttpClientFactory's default handler lifetime so that DNS
    /// changes of a channel's service URL are still picked up.
    /// </summary>
    public TimeSpan ConnectorClientLifetime { get; set; } = TimeSpan.FromMinutes(2);
}
