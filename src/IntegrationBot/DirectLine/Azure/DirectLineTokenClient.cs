using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace IntegrationBot.DirectLine.Azure;

/// <summary>
/// Exchanges the Direct Line secret for a conversation token (POST v3/directline/tokens/generate) on the server, so the
/// secret never reaches a browser. The token is bound to the given user id, so one visitor cannot speak as another.
/// </summary>
internal sealed class DirectLineTokenClient(HttpClient http, IOptionsMonitor<DirectLineOptions> options)
{
    public async Task<GeneratedToken> GenerateAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var settings = options.CurrentValue;
        var address = new Uri(DirectLineAddress.Of(settings.TokenEndpoint) + "/tokens/generate", UriKind.Absolute);
        using var request = new HttpRequestMessage(HttpMethod.Post, address)
        {
            Content = JsonContent.Create(new TokenRequest(new TokenRequestUser(userId))),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.Secret);

        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new DirectLineTokenException($"The Direct Line token service answered {(int)response.StatusCode}.");
            }

            var token = await response.Content.ReadFromJsonAsync<GeneratedToken>(cancellationToken).ConfigureAwait(false);
            if (token is null || string.IsNullOrWhiteSpace(token.Token) || string.IsNullOrWhiteSpace(token.ConversationId))
            {
                throw new DirectLineTokenException("The Direct Line token service answered without a token.");
            }

            return token;
        }
        catch (HttpRequestException exception)
        {
            throw new DirectLineTokenException("The Direct Line token service is unreachable.", exception);
        }
        catch (JsonException exception)
        {
            throw new DirectLineTokenException("The Direct Line token service answered with malformed JSON.", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DirectLineTokenException("The Direct Line token service did not answer in time.", exception);
        }
    }

    private sealed record TokenRequest([property: JsonPropertyName("user")] TokenRequestUser User);

    private sealed record TokenRequestUser([property: JsonPropertyName("id")] string Id);
}
