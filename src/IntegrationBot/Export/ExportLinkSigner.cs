using System.Security.Cryptography;
using System.Text;
using IntegrationBot.Core.Export;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Export;

/// <summary>
/// Signs and checks export links with HMAC-SHA256 over the request's canonical form (format, kind, cities, aspects).
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

    public string Sign(ExportRequest request, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Base64Url(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(request.Canonical(format))));
    }

    /// <summary>Constant-time comparison, so a forger learns nothing from how fast a wrong signature is refused.</summary>
    public bool IsValid(ExportRequest request, ExportFormat format, string? signature)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(request, format));
        var given = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
