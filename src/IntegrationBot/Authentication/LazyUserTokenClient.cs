using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace IntegrationBot.Authentication;

/// <summary>
/// CloudAdapter builds a UserTokenClient (an OAuth ServiceClient) for every turn, but only sign-in flows use it.
/// This one builds the SDK's client on first use and disposes it with the turn, as the SDK would.
/// </summary>
internal sealed class LazyUserTokenClient : UserTokenClient
{
    private readonly Lazy<Task<UserTokenClient>> inner;

    public LazyUserTokenClient(Func<CancellationToken, Task<UserTokenClient>> create, CancellationToken turnCancellation)
    {
        ArgumentNullException.ThrowIfNull(create);
        inner = new Lazy<Task<UserTokenClient>>(() => create(turnCancellation));
    }

    /// <summary>Whether the SDK's client was built (for tests).</summary>
    internal bool IsCreated => inner.IsValueCreated;

    public override async Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
        await (await inner.Value.ConfigureAwait(false)).GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken).ConfigureAwait(false);

    public override async Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
        await (await inner.Value.ConfigureAwait(false)).GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken).ConfigureAwait(false);

    public override async Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
        await (await inner.Value.ConfigureAwait(false)).SignOutUserAsync(userId, connectionName, channelId, cancellationToken).ConfigureAwait(false);

    public override async Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
        await (await inner.Value.ConfigureAwait(false)).GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken).ConfigureAwait(false);

    public override async Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
        await (await inner.Value.ConfigureAwait(false)).GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken).ConfigureAwait(false);

    public override async Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
        await (await inner.Value.ConfigureAwait(false)).ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken).ConfigureAwait(false);

    protected override void Dispose(bool disposing)
    {
        if (disposing && inner.IsValueCreated && inner.Value.IsCompletedSuccessfully)
        {
            inner.Value.Result.Dispose();
        }

        base.Dispose(disposing);
    }
}
