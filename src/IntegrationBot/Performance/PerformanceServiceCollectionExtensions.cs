using IntegrationBot.Performance;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registration of the host's performance options.</summary>
public static class PerformanceServiceCollectionExtensions
{
    /// <summary>Binds <see cref="PerformanceOptions"/> to the "Performance" configuration section.</summary>
    public static IServiceCollection AddPerformanceOptions(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<PerformanceOptions>()
            .BindConfiguration(PerformanceOptions.Section)
            .Validate(o => o.ConnectorClientCapacity >= 0 && o.ConnectorClientLifetime > TimeSpan.Zero, "ConnectorClientCapacity must be >= 0 and ConnectorClientLifetime positive.");
        return services;
    }
}
