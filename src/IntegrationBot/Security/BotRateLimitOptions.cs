namespace IntegrationBot.Security;

/// <summary>
/// "Security:RateLimiting": token buckets per conversation and per client IP. Teams itself allows about 7 messages
/// per second per conversation; nobody typing reaches these numbers, a script flooding the endpoint does.
/// </summary>
public sealed class BotRateLimitOptions
{
    public bool Enabled { get; set; } = true;

    public TokenBucketSettings PerConversation { get; set; } = new() { TokenLimit = 30, TokensPerPeriod = 10, PeriodSeconds = 1 };

    public TokenBucketSettings PerClientIp { get; set; } = new() { TokenLimit = 1000, TokensPerPeriod = 200, PeriodSeconds = 1 };

    /// <summary>
    /// Loopback clients (local load tests, evaluation scripts, a reverse proxy on the same host) skip the per-IP bucket;
    /// the per-conversation bucket still applies to them.
    /// </summary>
    public bool ExemptLoopbackFromClientIpLimit { get; set; } = true;
}
