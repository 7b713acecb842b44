using Microsoft.Extensions.Options;

namespace IntegrationBot.DirectLine;

/// <summary>Rules that span several settings, checked at startup so a misconfigured Azure mode fails fast, not on the first visitor.</summary>
internal sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Mode == DirectLineMode.Azure && string.IsNullOrWhiteSpace(options.Secret))
        {
            return ValidateOptionsResult.Fail("DirectLine:Secret is required when DirectLine:Mode is Azure.");
        }

        if (!options.TokenEndpoint.IsAbsoluteUri || (options.TokenEndpoint.Scheme != Uri.UriSchemeHttps && options.TokenEndpoint.Scheme != Uri.UriSchemeHttp))
        {
            return ValidateOptionsResult.Fail("DirectLine:TokenEndpoint must be an absolute http(s) address.");
        }

        return ValidateOptionsResult.Success;
    }
}
