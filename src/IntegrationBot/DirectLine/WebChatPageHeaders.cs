using Microsoft.Net.Http.Headers;

namespace IntegrationBot.DirectLine;

/// <summary>Security and caching headers for the Web Chat page and its assets.</summary>
internal sealed class WebChatPageHeaders(string contentSecurityPolicy)
{
    // The page needs none of these powerful features; denying them also keeps any injected content from asking.
    public const string PermissionsPolicy =
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), " +
        "microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), " +
        "xr-spatial-tracking=(), browsing-topics=()";

    public string ContentSecurityPolicy => contentSecurityPolicy;

    public void Apply(HttpResponse response, string fileName)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        response.Headers["Referrer-Policy"] = "same-origin";
        response.Headers["Permissions-Policy"] = PermissionsPolicy;
        if (fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            response.Headers[HeaderNames.ContentSecurityPolicy] = contentSecurityPolicy;
            response.Headers[HeaderNames.CacheControl] = "no-cache";
        }
        else if (fileName.Equals(WebChatBundleFile.FileName, StringComparison.OrdinalIgnoreCase))
        {
            // 4 MB that only change with a new Web Chat version: cache for a day, revalidate by ETag after that.
            response.Headers[HeaderNames.CacheControl] = "public, max-age=86400";
        }
        else
        {
            response.Headers[HeaderNames.CacheControl] = "no-cache";
        }
    }
}
