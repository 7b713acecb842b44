namespace IntegrationBot.DirectLine.Azure;

/// <summary>The Direct Line 3.0 base address ("…/v3/directline") for a configured service address, with or without that path.</summary>
internal static class DirectLineAddress
{
    private const string ApiPath = "/v3/directline";

    public static string Of(Uri serviceAddress)
    {
        ArgumentNullException.ThrowIfNull(serviceAddress);
        var trimmed = serviceAddress.ToString().TrimEnd('/');
        return trimmed.EndsWith(ApiPath, StringComparison.OrdinalIgnoreCase) ? trimmed : trimmed + ApiPath;
    }
}
