using Microsoft.Extensions.Options;

namespace IntegrationBot.Security;

/// <summary>Pipeline registration of the request guards.</summary>
public static class SecurityApplicationBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="ActivityRequestGuardMiddleware"/> and then the rate limiter, in that order (the per-conversation
    /// limit needs the validated activity). Call before mapping /api/messages. Logs a warning when the bot runs without a
    /// MicrosoftAppId, i.e. unauthenticated.
    /// </summary>
    public static IApplicationBuilder UseBotRequestGuards(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var services = app.ApplicationServices;
        if (services.GetRequiredService<BotAuthenticationMode>().IsAnonymous)
        {
            var options = services.GetRequiredService<IOptions<BotSecurityOptions>>().Value;
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SecurityApplicationBuilderExtensions).FullName!);
#pragma warning disable CA1848 // A single start-up line; a LoggerMessage delegate buys nothing here.
            logger.LogWarning(
                "No MicrosoftAppId is configured: requests to {MessagesPath} are NOT authenticated. {Scope}",
                options.MessagesPath,
                options.AllowAnonymousRemote
                    ? "Security:AllowAnonymousRemote is true, so remote clients are answered too."
                    : "Only loopback clients are answered (Security:AllowAnonymousRemote=false).");
#pragma warning restore CA1848
        }

        app.UseMiddleware<ActivityRequestGuardMiddleware>();
        app.UseRateLimiter();
        return app;
    }
}
