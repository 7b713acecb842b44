using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using System.Net;
using System.Security.Cryptography;
using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationBot.Tests.Hosting;

/// <summary>
/// A local stand-in for the Bot Framework's OpenID metadata service: a Kestrel app on a dynamic loopback port serving
/// /.well-known/openid-configuration and the JWKS (with Bot Framework "endorsements").
/// The SDK fetches metadata through a retriever that insists on HTTPS and offers no seam for a test certificate, but it
/// keeps one metadata manager per URL in a static cache: the stand-in registers, for its own URL only, a manager whose
/// retriever also accepts plain http. Everything else (fetching, key selection, signature, lifetime, audience, issuer,
/// endorsement and serviceUrl checks) is the SDK's own code.
/// </summary>
internal sealed class OpenIdMetadataStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<(RsaSecurityKey Key, string[] Endorsements)> _published;

    private OpenIdMetadataStandIn(WebApplication app, List<(RsaSecurityKey, string[])> published, Uri baseAddress)
    {
        _app = app;
        _published = published;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string MetadataUrl => new Uri(BaseAddress, "/.well-known/openid-configuration").ToString();

    /// <summary>Published, endorsed for every channel the tests use.</summary>
    public RsaSecurityKey ChannelKey => _published[0].Key;

    /// <summary>Published, but endorsed for the "skype" channel only.</summary>
    public RsaSecurityKey SkypeOnlyKey => _published[1].Key;

    public static async Task<OpenIdMetadataStandIn> StartAsync()
    {
        var published = new List<(RsaSecurityKey, string[])>
        {
            (NewKey("channel-key"), ["msteams", "emulator", "webchat", "directline", "test"]),
            (NewKey("skype-key"), ["skype"]),
        };

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        OpenIdMetadataStandIn? self = null;
        app.MapGet("/.well-known/openid-configuration", () => Results.Text(self!.MetadataDocument().ToJsonString(), "application/json"));
        app.MapGet("/keys", () => Results.Text(self!.KeySet().ToJsonString(), "application/json"));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        self = new OpenIdMetadataStandIn(app, published, new Uri(address));
        RegisterWithSdk(self.MetadataUrl);
        return self;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        foreach (var (key, _) in _published)
        {
            key.Rsa.Dispose();
        }
    }

    private JsonObject MetadataDocument() => new()
    {
        ["issuer"] = "https://api.botframework.com",
        ["authorization_endpoint"] = new Uri(BaseAddress, "/authorize").ToString(),
        ["jwks_uri"] = new Uri(BaseAddress, "/keys").ToString(),
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    };

    private JsonObject KeySet()
    {
        var keys = new JsonArray();
        foreach (var (key, endorsements) in _published)
        {
            var parameters = key.Rsa.ExportParameters(false);
            keys.Add(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = key.KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                ["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)JsonValue.Create(e)!).ToArray()),
            });
        }

        return new JsonObject { ["keys"] = keys };
    }

    public static RsaSecurityKey NewKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };

    private static void RegisterWithSdk(string metadataUrl)
    {
        var cacheField = typeof(JwtTokenExtractor).GetField("_openIdMetadataCache", BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException("The Bot Framework SDK no longer has JwtTokenExtractor._openIdMetadataCache; update the stand-in.");
        var cache = (ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>>)cacheField.GetValue(null)!;
        cache[metadataUrl] = new ConfigurationManager<OpenIdConnectConfiguration>(
            metadataUrl,
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever { RequireHttps = false });
    }
}
