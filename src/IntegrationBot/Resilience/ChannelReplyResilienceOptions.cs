namespace IntegrationBot.Resilience;

/// <summary>
/// "Resilience:ChannelReplies": how replies sent to a channel's serviceUrl survive throttling (429) and transient
/// failures (5xx). Teams asks bots to back off exponentially with jitter and to honour Retry-After.
/// </summary>
public sealed class ChannelReplyResilienceOptions
{
    public const string SectionName = "Resilience:ChannelReplies";

    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>First back-off delay; doubles per attempt, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>No single wait is longer than this, whatever a Retry-After header asks for.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(90);
}
