using Microsoft.Bot.Connector;
using Microsoft.Rest;

namespace IntegrationBot.Authentication;

/// <summary>
/// A connector client used by many turns. CloudAdapter disposes the connector client at the end of every turn; this
/// one outlives the turn because <see cref="ConnectorClientCache"/> owns it. It stays a real
/// <see cref="ConnectorClient"/> so that TeamsInfo keeps reusing its HTTP client.
/// </summary>
internal sealed class SharedConnectorClient(Uri baseUri, ServiceClientCredentials credentials, HttpClient httpClient)
    : ConnectorClient(baseUri, credentials, httpClient, disposeHttpClient: false)
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2215:Dispose methods should call base class dispose", Justification = "The cache owns the client; the per-turn Dispose of CloudAdapter must not end it.")]
    protected override void Dispose(bool disposing)
    {
    }
}
