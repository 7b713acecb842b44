using Microsoft.Extensions.Options;

namespace IntegrationBot.DirectLine;

/// <summary>
/// Rules that span several settings, checked at startup so a misconfigured Direct Line fails fast, not on the first
/// visitor: Azure mode needs its secret; a local Direct Line next to a MicrosoftAppId needs a token secret; settings that
/// contradict each other stop the start.
/// </summary>
internal sealed class DirectLineOptionsValidator(IConfiguration configuration) : IValidateOptions<DirectLineOptions>
{
    internal const int MinimumSecretLength = 32;

    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var anonymous = string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);
        var failures = new List<string>();
        if (options.Mode == DirectLineMode.Azure && string.IsNullOrWhiteSpace(options.Secret))
        {
            failures.Add("DirectLine:Secret is required when DirectLine:Mode is Azure.");
        }

        if (options.Mode == DirectLineMode.Azure && options.LocalEnabled == true)
        {
            failures.Add("DirectLine:LocalEnabled=true contradicts DirectLine:Mode=Azure: choose one Direct Line.");
        }

        if (options.Mode == DirectLineMode.Local && options.LocalEnabled == true && !anonymous && string.IsNullOrWhiteSpace(options.LocalTokenSecret))
        {
            failures.Add("DirectLine:LocalEnabled=true with a MicrosoftAppId needs DirectLine:LocalTokenSecret: the local Direct Line would otherwise answer anyone without authentication.");
        }

        if (!string.IsNullOrWhiteSpace(options.LocalTokenSecret) && options.LocalTokenSecret.Length < MinimumSecretLength)
        {
            failures.Add($"DirectLine:LocalTokenSecret must have at least {MinimumSecretLength} characters.");
        }

        if (!options.TokenEndpoint.IsAbsoluteUri || (options.TokenEndpoint.Scheme != Uri.UriSchemeHttps && options.TokenEndpoint.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("DirectLine:TokenEndpoint must be an absolute http(s) address.");
        }

        foreach (var origin in options.AllowedOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || uri.PathAndQuery != "/")
            {
                failures.Add($"DirectLine:AllowedOrigins entry '{origin}' is not an origin (scheme://host[:port]).");
            }
        }

        if (options.MaxConversationBytes > options.MaxTotalBytes)
        {
            failures.Add("DirectLine:MaxConversationBytes may not exceed DirectLine:MaxTotalBytes.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
