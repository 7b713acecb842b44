using IntegrationBot.Core.Export;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Export;

public static class ExportServiceCollectionExtensions
{
    /// <summary>
    /// "Export" options (validated at start), the link signer and <see cref="IExportLinks"/> for the cards. With
    /// "Export:Enabled" false the cards show no download and the endpoint answers 404.
    /// </summary>
    public static IServiceCollection AddCardExport(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ExportOptions>().Bind(configuration.GetSection(ExportOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ExportOptions>, ExportOptionsValidator>();
        services.AddHttpContextAccessor();
        services.AddSingleton<ExportLinkSigner>();
        services.AddSingleton<IExportLinks, HttpExportLinks>();
        return services;
    }
}
