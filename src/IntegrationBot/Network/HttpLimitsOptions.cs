namespace IntegrationBot.Network;

/// <summary>
/// "Http": what a connection may cost the bot. Channel activities are a few KB and arrive in milliseconds; these limits
/// only bite on clients that trickle, stall or hold connections open on purpose.
/// </summary>
public sealed class HttpLimitsOptions
{
    public const string SectionName = "Http";

    /// <summary>A request body must arrive at least this fast (after the grace period), or Kestrel ends it with 408.</summary>
    public double MinRequestBodyBytesPerSecond { get; set; } = 2_048;

    public TimeSpan MinDataRateGracePeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest a whole request (body and turn) may take before it is answered 408.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest the request line and headers may take to arrive.</summary>
    public TimeSpan RequestHeadersTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Connections idle longer than this are closed.</summary>
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Open connections at most; beyond it new ones are refused by Kestrel.</summary>
    public long MaxConcurrentConnections { get; set; } = 2_000;
}
