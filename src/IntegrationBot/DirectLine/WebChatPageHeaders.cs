using Microsoft.Net.Http.Headers;

namespace IntegrationBot.DirectLine;

/// <summary>Security and caching headers for the Web Chat page and its assets.</summary>
internal static class WebChatPageHeaders
{
    // Web Chat injects its styles at run time (hence 'unsafe-inline' for styles only); scripts come from this site or the
    // official Web Chat CDN; Azure mode talks to the Direct Line service over HTTPS and WebSocket.
    private const string ContentSecurityPolicy =
        "default-src 'self'; " +
        "script-src 'self' https://cdn.botframework.com; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob: https:; " +
        "font-src 'self' data:; " +
        "media-src 'self' data: blob:; " +
        "connect-src 'self' https://*.botframework.com wss://*.botframework.com; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'";

    public static void Apply(HttpResponse response, string fileName)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        response.Headers["Referrer-Policy"] = "same-origin";
        if (fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            response.Headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
            response.Headers[HeaderNames.CacheControl] = "no-cache";
        }
        else if (fileName.Equals("webchat.js", StringComparison.OrdinalIgnoreCase))
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
