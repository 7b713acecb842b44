namespace IntegrationBot.DirectLine;

/// <summary>
/// The page's Content-Security-Policy for the configured mode. Local mode names no third-party origin at all; Azure mode
/// adds only the configured Direct Line service (HTTPS and WebSocket), because Web Chat talks to it from the browser.
/// Web Chat injects its styles at run time, hence 'unsafe-inline' for styles only.
/// </summary>
internal static class WebChatContentSecurityPolicy
{
    public static string For(DirectLineOptions directLine, WebChatPageOptions page)
    {
        ArgumentNullException.ThrowIfNull(directLine);
        ArgumentNullException.ThrowIfNull(page);
        var connect = "'self'";
        if (directLine.Mode == DirectLineMode.Azure)
        {
            var service = directLine.TokenEndpoint.GetLeftPart(UriPartial.Authority);
            var socket = (directLine.TokenEndpoint.Scheme == Uri.UriSchemeHttps ? "wss://" : "ws://") + directLine.TokenEndpoint.Authority;
            connect += $" {service} {socket}";
        }

        var ancestors = string.Join(' ', page.FrameAncestors.Select(origin => origin.TrimEnd('/')).Prepend("'self'").Distinct(StringComparer.OrdinalIgnoreCase));
        return "default-src 'self'; " +
               "script-src 'self'; " +
               "style-src 'self' 'unsafe-inline'; " +
               "img-src 'self' data: blob:; " +
               "font-src 'self' data:; " +
               "media-src 'self' data: blob:; " +
               $"connect-src {connect}; " +
               $"frame-ancestors {ancestors}; " +
               "object-src 'none'; base-uri 'self'; form-action 'self'";
    }
}
