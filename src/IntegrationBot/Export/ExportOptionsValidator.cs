using Microsoft.Extensions.Options;

namespace IntegrationBot.Export;

/// <summary>Stops the start on an export setting that would produce broken or weakly signed links, naming the setting.</summary>
public sealed class ExportOptionsValidator : IValidateOptions<ExportOptions>
{
    public ValidateOptionsResult Validate(string? name, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.PublicBaseUrl is { } url
            && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp) || !string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment)))
        {
            failures.Add("Export:PublicBaseUrl must be an absolute http(s) URL without query or fragment, e.g. https://bot.example.org/.");
        }

        if (!string.IsNullOrWhiteSpace(options.SigningKey))
        {
            var bytes = new byte[options.SigningKey.Length];
            if (!Convert.TryFromBase64String(options.SigningKey, bytes, out var length))
            {
                failures.Add("Export:SigningKey must be Base64 (e.g. `openssl rand -base64 32`).");
            }
            else if (length < ExportOptions.MinimumKeyBytes)
            {
                failures.Add($"Export:SigningKey must hold at least {ExportOptions.MinimumKeyBytes} bytes; it holds {length}.");
            }
        }

        if (options.LinkLifetime < TimeSpan.FromSeconds(1) || options.LinkLifetime > TimeSpan.FromDays(366))
        {
            failures.Add("Export:LinkLifetime must be between 00:00:01 and 366.00:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
