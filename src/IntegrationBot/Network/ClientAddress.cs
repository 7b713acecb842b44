using System.Net;

namespace IntegrationBot.Network;

/// <summary>
/// The address a request is attributed to: the TCP peer, or the client a configured trusted proxy vouched for (the
/// forwarded-headers middleware, restricted to those proxies, has then replaced the peer). Loopback checks and rate
/// limits key on this one address, so a header can never make a remote client local nor give it fresh buckets.
/// </summary>
public static class ClientAddress
{
    /// <summary>The client's address, IPv4-mapped IPv6 folded to IPv4; null only on the in-memory test server.</summary>
    public static IPAddress? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress;
        return address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address;
    }

    /// <summary>TestServer has no remote address: an in-process caller is local by definition.</summary>
    public static bool IsLoopback(HttpContext context) => Of(context) is not { } address || IPAddress.IsLoopback(address);

    /// <summary>A rate-limit partition key: the address, or "local" for the in-memory test server.</summary>
    public static string Key(HttpContext context) => Of(context)?.ToString() ?? "local";
}
