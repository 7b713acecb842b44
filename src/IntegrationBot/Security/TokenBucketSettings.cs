namespace IntegrationBot.Security;

/// <summary>One token bucket: a burst of <see cref="TokenLimit"/> requests, refilled by <see cref="TokensPerPeriod"/> every period.</summary>
public sealed class TokenBucketSettings
{
    public int TokenLimit { get; set; }

    public int TokensPerPeriod { get; set; }

    public double PeriodSeconds { get; set; } = 1;
}
