namespace IntegrationBot.Network;

/// <summary>
/// "Security:TrustedProxies": the reverse proxies whose X-Forwarded-For the bot believes, as addresses or CIDR networks
/// ("10.0.0.5", "10.1.0.0/16"). Empty (the default): no forwarded header is believed at all, whatever
/// ASPNETCORE_FORWARDEDHEADERS_ENABLED says; the client is the TCP peer.
/// </summary>
public sealed class TrustedProxyOptions
{
    public const string SectionName = "Security";

    public IList<string> TrustedProxies { get; } = [];
}
