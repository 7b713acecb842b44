using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using IntegrationBot.Network;
using IntegrationBot.Resilience;
using Microsoft.AspNetCore.RateLimiting;

namespace IntegrationBot.Security;

/// <summary>Registration of the bot's request security: options, request guards, rate limits (authentication: Authentication/).</summary>
public static class SecurityServiceCollectionExtensions
{
    /// <summary>
    /// Registers the "Security" options, the authentication mode (anonymous without MicrosoftAppId) for the request
    /// guards, and the per-conversation and per-client-IP rate limiter. How requests are authenticated:
    /// <see cref="Authentication.BotRequestAuthentication"/>.
    /// </summary>
    public static IServiceCollection AddBotSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BotSecurityOptions>().Bind(configuration.GetSection(BotSecurityOptions.SectionName));
        services.AddSingleton(BotAuthenticationMode.From(configuration));

        var rateLimits = configuration.GetSection(BotSecurityOptions.SectionName).Get<BotSecurityOptions>()?.RateLimiting ?? new BotRateLimitOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = static (context, _) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                    : 1;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            if (rateLimits.Enabled)
            {
                limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                    ClientIpLimiter(rateLimits),
                    ConversationLimiter(rateLimits.PerConversation));
            }
        });
        return services;
    }

    private static PartitionedRateLimiter<HttpContext> ClientIpLimiter(BotRateLimitOptions options) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            // The trusted client address (a configured proxy's X-Forwarded-For, never a header alone).
            var address = ClientAddress.Of(context);
            if (address is null || (options.ExemptLoopbackFromClientIpLimit && IPAddress.IsLoopback(address)))
            {
                return RateLimitPartition.GetNoLimiter("local");
            }

            return RateLimitPartition.GetTokenBucketLimiter(address.ToString(), _ => Bucket(options.PerClientIp));
        });

    private static PartitionedRateLimiter<HttpContext> ConversationLimiter(TokenBucketSettings settings) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
            context.Features.Get<InboundActivity>() is { } activity
                ? RateLimitPartition.GetTokenBucketLimiter(activity.ConversationKey, _ => Bucket(settings))
                : RateLimitPartition.GetNoLimiter(string.Empty));

    private static TokenBucketRateLimiterOptions Bucket(TokenBucketSettings settings) => new()
    {
        TokenLimit = settings.TokenLimit,
        TokensPerPeriod = settings.TokensPerPeriod,
        ReplenishmentPeriod = TimeSpan.FromSeconds(settings.PeriodSeconds),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
