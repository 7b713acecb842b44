using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationBot.Tests.Reliability.Support;

/// <summary>Signs tokens the way the Bot Framework channel service and the Emulator do, with keys the test controls.</summary>
internal static class ChannelTokens
{
    public const string ChannelIssuer = "https://api.botframework.com";

    /// <summary>An issuer the SDK recognises as the Emulator's (v1.0 tokens carry "appid").</summary>
    public const string EmulatorIssuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";

    public static string Channel(
        SecurityKey key,
        string audience,
        string serviceUrl,
        string issuer = ChannelIssuer,
        DateTime? expires = null,
        DateTime? notBefore = null)
    {
        var claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl };
        return Sign(key, issuer, audience, claims, expires, notBefore);
    }

    public static string Emulator(SecurityKey key, string appId) =>
        Sign(key, EmulatorIssuer, appId, new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = appId }, null, null);

    /// <summary>A token with "alg": "none": structurally a JWT, not signed at all.</summary>
    public static string Unsigned(string audience, string serviceUrl)
    {
        var handler = new JsonWebTokenHandler();
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = ChannelIssuer,
            Audience = audience,
            Expires = DateTime.UtcNow.AddMinutes(30),
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
        });
    }

    private static string Sign(SecurityKey key, string issuer, string audience, Dictionary<string, object> claims, DateTime? expires, DateTime? notBefore)
    {
        var now = DateTime.UtcNow;
        var exp = expires ?? now.AddMinutes(30);
        var nbf = notBefore ?? (exp < now ? exp.AddHours(-1) : now.AddMinutes(-1));
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = nbf,
            NotBefore = nbf,
            Expires = exp,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, key is SymmetricSecurityKey ? SecurityAlgorithms.HmacSha256 : SecurityAlgorithms.RsaSha256),
        });
    }
}
