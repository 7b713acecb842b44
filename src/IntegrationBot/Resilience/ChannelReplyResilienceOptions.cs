namespace IntegrationBot.Resilience;

/// <summary>
/// "Resilience:ChannelReplies": how replies sent to a channel's serviceUrl survive throttling (429) and transient
/// failures (5xx). Teams asks bots to back off exponentially with jitter and to honour Retry-After.
/// </summary>
public sealed class ChannelReplyResilienceOptions
{
    public const string SectionName = "Resilience:ChannelReplies";

    /// <summary>
    /// Retries happen inside the turn, while the channel waits for the HTTP answer (Teams waits about 15 s), so the
    /// budget is small: with the defaults an unreachable serviceUrl costs about 3.5 s, not a hanging request.
    /// </summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First back-off delay; doubles per attempt, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>No single wait is longer than this, whatever a Retry-After header asks for.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
