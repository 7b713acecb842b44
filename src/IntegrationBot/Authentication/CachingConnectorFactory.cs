using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace IntegrationBot.Authentication;

/// <summary>Hands out connector clients from <see cref="ConnectorClientCache"/>; the wrapped SDK factory builds them.</summary>
internal sealed class CachingConnectorFactory(ConnectorFactory inner, string? appId, ConnectorClientCache cache) : ConnectorFactory
{
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(serviceUrl))
        {
            return inner.CreateAsync(serviceUrl, audience, cancellationToken);
        }

        return cache.GetOrCreateAsync(
            new ConnectorClientKey(appId, serviceUrl, audience),
            token => inner.CreateAsync(serviceUrl, audience, token),
            cancellationToken);
    }
}
