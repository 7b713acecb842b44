using IntegrationBot.Core.Export;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Export;

/// <summary>
/// Export links for cards: "Export:PublicBaseUrl" when set, otherwise the origin of the request being answered (the
/// bot's messaging endpoint as the channel reached it), plus the signed query. No link when export is off or no
/// address is known (a turn outside any request, such as a proactive message).
/// </summary>
public sealed class HttpExportLinks(IOptions<ExportOptions> options, ExportLinkSigner signer, IHttpContextAccessor http, TimeProvider time) : IExportLinks
{
    public Uri? For(ExportRequest request, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return null;
        }

        var baseUrl = settings.PublicBaseUrl ?? RequestOrigin();
        if (baseUrl is null)
        {
            return null;
        }

        var expires = (time.GetUtcNow() + settings.LinkLifetime).ToUnixTimeSeconds();
        var relative = ExportQuery.PathAndQuery(request, format, expires, signer.Sign(request, format, expires)).TrimStart('/');
        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        return new Uri(root, relative);
    }

    private Uri? RequestOrigin()
    {
        var request = http.HttpContext?.Request;
        return request is null || !request.Host.HasValue ? null : new Uri($"{request.Scheme}://{request.Host.Value}{request.PathBase}/");
    }
}
