using System.Security.Cryptography;
using System.Text;
using IntegrationBot.Core.Export;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Export;

/// <summary>
/// Signs and checks export links with HMAC-SHA256 over the request's canonical form (format, kind, cities, aspects)
/// and the link's expiry.
/// The key is "Export:SigningKey", or 32 random bytes drawn once per process when none is configured.
/// </summary>
public sealed class ExportLinkSigner
{
    private readonly byte[] _key;

    public ExportLinkSigner(IOptions<ExportOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = options.Value.SigningKey;
        _key = string.IsNullOrWhiteSpace(configured) ? RandomNumberGenerator.GetBytes(ExportOptions.MinimumKeyBytes) : Convert.FromBase64String(configured);
    }

    public string Sign(ExportRequest request, ExportFormat format, long expires)
    {
        ArgumentNullException.ThrowIfNull(request);
        var signed = request.Canonical(format) + "\ne:" + expires.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Base64Url(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(signed)));
    }

    /// <summary>Constant-time comparison, so a forger learns nothing from how fast a wrong signature is refused.</summary>
    public bool IsValid(ExportRequest request, ExportFormat format, long expires, string? signature)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(request, format, expires));
        var given = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
