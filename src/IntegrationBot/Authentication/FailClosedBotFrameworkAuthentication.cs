using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace IntegrationBot.Authentication;

/// <summary>
/// Decorates the SDK's authentication so that every failure to authenticate is an <see cref="UnauthorizedAccessException"/>,
/// which CloudAdapter answers with 401. The SDK lets some failures escape as other exceptions (a malformed or forged
/// token, OpenID metadata that cannot be fetched), which ASP.NET Core would turn into 500, and a hanging metadata
/// service would hold every request for 100 s: this fails closed instead, within a time limit, and logs one line saying why.
/// </summary>
public sealed partial class FailClosedBotFrameworkAuthentication : BotFrameworkAuthentication
{
    private readonly BotFrameworkAuthentication _inner;
    private readonly TimeSpan _timeout;
    private readonly ILogger<FailClosedBotFrameworkAuthentication> _logger;

    public FailClosedBotFrameworkAuthentication(BotFrameworkAuthentication inner, TimeSpan timeout, ILogger<FailClosedBotFrameworkAuthentication> logger)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        _inner = inner;
        _timeout = timeout;
        _logger = logger;
    }

    public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        FailClosedAsync(() => _inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken), activity?.ChannelId, cancellationToken);

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        FailClosedAsync(() => _inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken), channelIdHeader, cancellationToken);

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        FailClosedAsync(() => _inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken), null, cancellationToken);

    public override string GetOriginatingAudience() => _inner.GetOriginatingAudience();

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => _inner.CreateConnectorFactory(claimsIdentity);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        _inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => _inner.CreateBotFrameworkClient();

    private async Task<T> FailClosedAsync<T>(Func<Task<T>> authenticate, string? channelId, CancellationToken cancellationToken)
    {
        try
        {
            return await authenticate().WaitAsync(_timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (UnauthorizedAccessException ex)
        {
            LogRefused(channelId, ex.Message);
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Failing closed is the point: whatever went wrong, the request is not authenticated.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailedClosed(channelId, ex.GetType().Name, FirstLine(ex.Message));
            throw new UnauthorizedAccessException("The request could not be authenticated.", ex);
        }
    }

    /// <summary>Identity model messages embed whole inner stack traces; the first line says what failed.</summary>
    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an unauthenticated request (channel {ChannelId}): {Reason}")]
    private partial void LogRefused(string? channelId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request whose authentication failed with {ExceptionType} (channel {ChannelId}), failing closed with 401: {Reason}")]
    private partial void LogFailedClosed(string? channelId, string exceptionType, string reason);
}
