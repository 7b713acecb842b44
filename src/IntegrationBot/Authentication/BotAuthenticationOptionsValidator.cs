using Microsoft.Extensions.Options;

namespace IntegrationBot.Authentication;

/// <summary>
/// Fails the start with a readable message instead of letting a half-configured bot reject every Teams message
/// with 401 later.
/// </summary>
public sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    private static readonly string[] AppTypes = ["MultiTenant", "SingleTenant", "UserAssignedMSI"];

    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var appType = string.IsNullOrWhiteSpace(options.MicrosoftAppType) ? "MultiTenant" : options.MicrosoftAppType.Trim();
        if (!AppTypes.Contains(appType, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"MicrosoftAppType '{appType}' is unknown; use one of {string.Join(", ", AppTypes)}.");
        }

        if (options.IsAnonymous)
        {
            if (!string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
            {
                failures.Add("MicrosoftAppPassword is set but MicrosoftAppId is empty; set both, or neither for anonymous local use.");
            }

            return Result(failures);
        }

        if (!Guid.TryParse(options.MicrosoftAppId, out _))
        {
            failures.Add("MicrosoftAppId must be the Azure Bot's app (client) id, a GUID.");
        }

        var isManagedIdentity = appType.Equals("UserAssignedMSI", StringComparison.OrdinalIgnoreCase);
        if (!isManagedIdentity && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add($"MicrosoftAppPassword is required for MicrosoftAppType {appType} (use user secrets or an environment variable).");
        }

        if (!appType.Equals("MultiTenant", StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add($"MicrosoftAppTenantId is required for MicrosoftAppType {appType}.");
        }

        return Result(failures);
    }

    private static ValidateOptionsResult Result(List<string> failures) =>
        failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
}
