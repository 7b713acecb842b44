using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace IntegrationBot.Authentication;

/// <summary>
/// Decorates the SDK's <see cref="BotFrameworkAuthentication"/> so that a turn stops paying for clients it does not
/// use: connector clients come from <see cref="ConnectorClientCache"/>, the user-token client is built on first use.
/// Authentication itself is untouched: every request still goes through the wrapped instance, which validates the
/// token exactly as before and throws UnauthorizedAccessException (401) for a bad one.
/// </summary>
internal sealed class CachingBotFrameworkAuthentication(BotFrameworkAuthentication inner, ConnectorClientCache cache) : BotFrameworkAuthentication
{
    /// <summary>The wrapped authentication (the composition is checked in tests).</summary>
    internal BotFrameworkAuthentication Inner => inner;

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false);
        if (result.ConnectorFactory is not null)
        {
            result.ConnectorFactory = new CachingConnectorFactory(result.ConnectorFactory, AppIdOf(result.ClaimsIdentity), cache);
        }

        return result;
    }

    // Streaming connections replace the connector factory with one bound to the socket: nothing to cache.
    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new CachingConnectorFactory(inner.CreateConnectorFactory(claimsIdentity), AppIdOf(claimsIdentity), cache);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new LazyUserTokenClient(token => inner.CreateUserTokenClientAsync(claimsIdentity, token), cancellationToken));

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    // The SDK's connector factory takes its credentials from the same claim (audience, else appid).
    private static string? AppIdOf(ClaimsIdentity? identity) =>
        identity?.Claims.FirstOrDefault(c => c.Type == AuthenticationConstants.AudienceClaim)?.Value
        ?? identity?.Claims.FirstOrDefault(c => c.Type == AuthenticationConstants.AppIdClaim)?.Value;
}
