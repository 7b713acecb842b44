namespace IntegrationBot.Hosting;

public static class DefaultAddressExtensions
{
    /// <summary>The Bot Framework's customary local address, where the Emulator expects a bot.</summary>
    public const string DefaultAddress = "http://localhost:3978";

    /// <summary>
    /// Listens on <see cref="DefaultAddress"/> unless the environment chose an address: ASPNETCORE_URLS / --urls /
    /// "Urls", ASPNETCORE_HTTP_PORTS or HTTPS_PORTS (set by the official container images), or Kestrel:Endpoints.
    /// A "Urls" entry in appsettings.json would instead override ASPNETCORE_URLS and break deployments.
    /// </summary>
    public static WebApplicationBuilder UseDefaultAddressUnlessConfigured(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!IsAddressConfigured(builder.Configuration))
        {
            builder.WebHost.UseUrls(DefaultAddress);
        }

        return builder;
    }

    public static bool IsAddressConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration["urls"])
            || !string.IsNullOrWhiteSpace(configuration["http_ports"])
            || !string.IsNullOrWhiteSpace(configuration["https_ports"])
            || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
    }
}
