using IntegrationBot.Authentication;
using IntegrationBot.Hosting;

namespace IntegrationBot.Tests.Hosting;

public sealed class BotAuthenticationOptionsValidatorTests
{
    private const string AppId = "6f1f4a8e-3d2c-4b7a-9e0f-1a2b3c4d5e6f";
    private const string TenantId = "0a1b2c3d-4e5f-6789-abcd-ef0123456789";

    [Theory]
    [InlineData("", "", "", "")]
    [InlineData("MultiTenant", "", "", "")]
    [InlineData("", AppId, "secret", "")]
    [InlineData("MultiTenant", AppId, "secret", "")]
    [InlineData("multitenant", AppId, "secret", "")]
    [InlineData("SingleTenant", AppId, "secret", TenantId)]
    [InlineData("UserAssignedMSI", AppId, "", TenantId)]
    public void Accepts_anonymous_and_complete_registrations(string appType, string appId, string password, string tenantId)
    {
        var result = Validate(appType, appId, password, tenantId);

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("Mandantenfähig", "", "", "", "MicrosoftAppType")]
    [InlineData("", "", "secret", "", "MicrosoftAppId")]
    [InlineData("", "not-a-guid", "secret", "", "GUID")]
    [InlineData("MultiTenant", AppId, "", "", "MicrosoftAppPassword")]
    [InlineData("SingleTenant", AppId, "secret", "", "MicrosoftAppTenantId")]
    [InlineData("UserAssignedMSI", AppId, "", "", "MicrosoftAppTenantId")]
    public void Rejects_half_configured_registrations_naming_the_setting(string appType, string appId, string password, string tenantId, string named)
    {
        var result = Validate(appType, appId, password, tenantId);

        Assert.True(result.Failed);
        Assert.Contains(named, result.FailureMessage, StringComparison.Ordinal);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(string appType, string appId, string password, string tenantId) =>
        new BotAuthenticationOptionsValidator().Validate(null, new BotAuthenticationOptions
        {
            MicrosoftAppType = appType,
            MicrosoftAppId = appId,
            MicrosoftAppPassword = password,
            MicrosoftAppTenantId = tenantId,
        });
}
