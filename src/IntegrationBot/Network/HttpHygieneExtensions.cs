using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Network;

/// <summary>Kestrel limits, a request timeout, trusted forwarded headers and malformed-request handling: one call each.</summary>
public static class HttpHygieneExtensions
{
    /// <summary>Registers "Http" limits (applied to Kestrel), the request timeout and "Security:TrustedProxies".</summary>
    public static IServiceCollection AddHttpHygiene(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<HttpLimitsOptions>().Bind(configuration.GetSection(HttpLimitsOptions.SectionName));
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<HttpLimitsOptions>>(static (kestrel, limits) =>
        {
            var http = limits.Value;
            kestrel.AddServerHeader = false;
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(http.MinRequestBodyBytesPerSecond, http.MinDataRateGracePeriod);
            kestrel.Limits.RequestHeadersTimeout = http.RequestHeadersTimeout;
            kestrel.Limits.KeepAliveTimeout = http.KeepAliveTimeout;
            kestrel.Limits.MaxConcurrentConnections = http.MaxConcurrentConnections;
            kestrel.Limits.MaxConcurrentUpgradedConnections = http.MaxConcurrentConnections;
        });
        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<HttpLimitsOptions>>(static (timeouts, limits) =>
            timeouts.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = limits.Value.RequestTimeout,
                TimeoutStatusCode = StatusCodes.Status408RequestTimeout,
            });
        services.AddTrustedForwardedHeaders(configuration);
        return services;
    }

    /// <summary>Call first: trusted forwarded headers, then malformed-request handling, then the request timeout.</summary>
    public static IApplicationBuilder UseHttpHygiene(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseTrustedForwardedHeaders();
        app.UseMiddleware<MalformedRequestMiddleware>();
        app.UseRequestTimeouts();
        return app;
    }
}
