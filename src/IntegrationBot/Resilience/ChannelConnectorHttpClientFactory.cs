namespace IntegrationBot.Resilience;

/// <summary>
/// The IHttpClientFactory handed to the Bot Framework authentication: whatever client name the SDK asks for, it gets
/// the named client that carries the retry pipeline, so replies to the channel retry without affecting any other
/// HttpClient of the application.
/// </summary>
public sealed class ChannelConnectorHttpClientFactory : IHttpClientFactory
{
    public const string ClientName = "IntegrationBot.ChannelConnector";

    private readonly IHttpClientFactory _inner;

    public ChannelConnectorHttpClientFactory(IHttpClientFactory inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    public HttpClient CreateClient(string name) => _inner.CreateClient(ClientName);
}
