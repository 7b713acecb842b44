using Microsoft.Extensions.Options;

namespace IntegrationBot.DirectLine;

/// <summary>
/// Checked at startup: links must be http(s) or relative (never javascript: and the like), and frame ancestors bare
/// origins, because they are written into the Content-Security-Policy as they stand.
/// </summary>
internal sealed class WebChatPageOptionsValidator : IValidateOptions<WebChatPageOptions>
{
    public ValidateOptionsResult Validate(string? name, WebChatPageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        CheckLink(options.PrivacyPolicyUrl, nameof(options.PrivacyPolicyUrl), failures);
        CheckLink(options.ImprintUrl, nameof(options.ImprintUrl), failures);
        CheckLink(options.AccessibilityStatementUrl, nameof(options.AccessibilityStatementUrl), failures);
        foreach (var origin in options.FrameAncestors)
        {
            if (!IsOrigin(origin))
            {
                failures.Add($"WebChat:FrameAncestors: '{origin}' is not an origin like https://intranet.example (scheme, host and optional port, nothing else).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static bool IsOrigin(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.GetLeftPart(UriPartial.Authority).Equals(value.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
        && string.IsNullOrEmpty(uri.UserInfo);

    private static void CheckLink(Uri? link, string key, List<string> failures)
    {
        if (link is null || (!link.IsAbsoluteUri && !link.OriginalString.StartsWith("//", StringComparison.Ordinal) && !link.OriginalString.Contains(':', StringComparison.Ordinal)))
        {
            return;
        }

        if (!link.IsAbsoluteUri || (link.Scheme != Uri.UriSchemeHttps && link.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"WebChat:{key} must be an http(s) address or a path on this site, not '{link.OriginalString}'.");
        }
    }
}
