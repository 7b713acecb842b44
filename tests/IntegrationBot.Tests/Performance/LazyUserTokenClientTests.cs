using IntegrationBot.Authentication;
using IntegrationBot.Performance;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace IntegrationBot.Tests.Performance;

public sealed class LazyUserTokenClientTests
{
    private readonly RecordingUserTokenClient inner = new();
    private int built;

    [Fact]
    public void A_turn_that_never_signs_in_builds_no_user_token_client()
    {
        using (var client = CreateLazy())
        {
            Assert.False(client.IsCreated);
        }

        Assert.Equal(0, built);
    }

    [Fact]
    public async Task The_first_use_builds_the_sdk_client_once_and_the_turn_disposes_it()
    {
        using (var client = CreateLazy())
        {
            var first = await client.GetUserTokenAsync("user", "graph", "msteams", null!, CancellationToken.None);
            await client.SignOutUserAsync("user", "graph", "msteams", CancellationToken.None);

            Assert.Equal("token-for-user", first.Token);
            Assert.Equal(1, built);
            Assert.Equal(["GetUserToken", "SignOutUser"], inner.Calls);
        }

        Assert.True(inner.Disposed);
    }

    private LazyUserTokenClient CreateLazy() => new(_ =>
    {
        built++;
        return Task.FromResult<UserTokenClient>(inner);
    }, CancellationToken.None);

    private sealed class RecordingUserTokenClient : UserTokenClient
    {
        public List<string> Calls { get; } = [];

        public bool Disposed { get; private set; }

        public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken)
        {
            Calls.Add("GetUserToken");
            return Task.FromResult(new TokenResponse(token: "token-for-" + userId));
        }

        public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken)
        {
            Calls.Add("SignOutUser");
            return Task.CompletedTask;
        }

        public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
