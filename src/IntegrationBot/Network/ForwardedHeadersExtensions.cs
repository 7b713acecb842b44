using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Network;

/// <summary>
/// X-Forwarded-For is believed from configured trusted proxies only. ASP.NET Core's ASPNETCORE_FORWARDEDHEADERS_ENABLED
/// installs a forwarded-headers filter that clears the known proxies and so believes ANY sender of the header; a remote
/// client could then claim to be 127.0.0.1. That filter is removed here and the middleware added with the configured
/// proxies only.
/// </summary>
public static class ForwardedHeadersExtensions
{
    /// <summary>Registers the "Security:TrustedProxies" option and pins the forwarded-headers options to it.</summary>
    public static IServiceCollection AddTrustedForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TrustedProxyOptions>()
            .Bind(configuration.GetSection(TrustedProxyOptions.SectionName))
            .Validate(static options => options.TrustedProxies.All(static proxy => TryParse(proxy, out _)), "Security:TrustedProxies holds an entry that is neither an IP address nor a CIDR network.")
            .ValidateOnStart();

        // The framework's own filter (ASPNETCORE_FORWARDEDHEADERS_ENABLED=true) trusts every proxy: never let it run.
        foreach (var filter in services.Where(static d => d.ServiceType == typeof(IStartupFilter) && d.ImplementationType?.Name == "ForwardedHeadersStartupFilter").ToList())
        {
            services.Remove(filter);
        }

        services.AddOptions<ForwardedHeadersOptions>().PostConfigure<IOptions<TrustedProxyOptions>>(static (forwarded, trusted) =>
        {
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in trusted.Value.TrustedProxies)
            {
                if (TryParse(proxy, out var network))
                {
                    forwarded.KnownIPNetworks.Add(network);
                }
            }

            // Empty lists would mean "trust everybody" to the middleware: with no proxy configured, read no header at all.
            forwarded.ForwardedHeaders = forwarded.KnownIPNetworks.Count == 0
                ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = null;
            forwarded.RequireHeaderSymmetry = false;
        });
        return services;
    }

    /// <summary>First in the pipeline: replaces the peer by the client a trusted proxy names (no-op without proxies).</summary>
    public static IApplicationBuilder UseTrustedForwardedHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseForwardedHeaders();
    }

    internal static bool TryParse(string entry, out System.Net.IPNetwork network)
    {
        network = default;
        if (string.IsNullOrWhiteSpace(entry))
        {
            return false;
        }

        var text = entry.Trim();
        if (System.Net.IPNetwork.TryParse(text, out network))
        {
            return true;
        }

        if (IPAddress.TryParse(text, out var address))
        {
            address = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
            network = new System.Net.IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
            return true;
        }

        return false;
    }
}
