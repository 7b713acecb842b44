using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace IntegrationBot.Resilience;

/// <summary>Registration of resilient outbound replies.</summary>
public static class ResilienceServiceCollectionExtensions
{
    /// <summary>
    /// Replies to the channel (the connector calls to the activity's serviceUrl) retry 429, 408 and 5xx with exponential
    /// back-off and jitter, honouring Retry-After ("Resilience:ChannelReplies"). Registers
    /// <see cref="ChannelConnectorHttpClientFactory"/>, which <c>AddBotSecurity</c> hands to the SDK's authentication.
    /// </summary>
    public static IServiceCollection AddResilientChannelReplies(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(ChannelReplyResilienceOptions.SectionName).Get<ChannelReplyResilienceOptions>() ?? new();

        services.AddHttpClient(ChannelConnectorHttpClientFactory.ClientName)
            .AddResilienceHandler("channel-replies", pipeline =>
            {
                pipeline.AddTimeout(options.TotalTimeout);
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxRetryAttempts,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.BaseDelay,
                    MaxDelay = options.MaxDelay,
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = static args => ValueTask.FromResult(IsTransient(args.Outcome)),
                });
                pipeline.AddTimeout(options.AttemptTimeout);
            });
        services.AddSingleton<ChannelConnectorHttpClientFactory>();
        return services;
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException } => true,
        { Exception: Polly.Timeout.TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout
            || (int)response.StatusCode >= 500,
        _ => false,
    };
}
