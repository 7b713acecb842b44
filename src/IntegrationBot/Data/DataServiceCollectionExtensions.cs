using IntegrationBot.Core.Answers;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Loading;
using IntegrationBot.Health;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationBot.Data;

/// <summary>Registration of the validated, hot-reloaded synopsis.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISynopsisProvider"/> (loads "Synopsis:Path(s)" relative to the content root, watches and
    /// reloads them, "Synopsis:Reload"), validation at start-up (a broken file stops the host, naming row and reason),
    /// the "synopsis" readiness check, and <see cref="IAnswerService"/> as <see cref="ReloadingAnswerService"/>.
    /// The host registers the real answer service as a <c>Func&lt;SynopsisDocument, IAnswerService&gt;</c> factory.
    /// </summary>
    public static IServiceCollection AddSynopsisHotReload(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SynopsisOptions>().Bind(configuration.GetSection(SynopsisOptions.SectionName));
        services.AddOptions<SynopsisReloadOptions>().Bind(configuration.GetSection(SynopsisReloadOptions.SectionName));
        // The parameterless constructor knows every built-in format; registered ISynopsisLoader services replace them.
        services.TryAddSingleton(static sp => sp.GetServices<ISynopsisLoader>().ToArray() is { Length: > 0 } loaders
            ? new SynopsisSourceLoader(loaders)
            : new SynopsisSourceLoader());
        services.AddSingleton<ReloadingSynopsisProvider>();
        services.AddSingleton<ISynopsisProvider>(static sp => sp.GetRequiredService<ReloadingSynopsisProvider>());
        services.AddSingleton<ReloadingAnswerService>();
        services.AddSingleton<IAnswerService>(static sp => sp.GetRequiredService<ReloadingAnswerService>());
        services.AddHostedService<SynopsisStartupValidation>();
        services.AddHealthChecks().AddCheck<SynopsisHealthCheck>("synopsis", tags: [HealthEndpointRouteBuilderExtensions.ReadyTag]);
        return services;
    }
}
