using IntegrationBot.Core.Answers;
using IntegrationBot.Core.Insights;
using IntegrationBot.Data;
using IntegrationBot.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace IntegrationBot.Insights;

public static class InsightsServiceCollectionExtensions
{
    /// <summary>
    /// "Insights" options (validated at start), the store ("Insights:Store": File or Redis, created on first use) and the
    /// recording wrapper around the answer service, which records only while "Insights:Enabled" is true. Call after
    /// AddSynopsisHotReload.
    /// </summary>
    public static IServiceCollection AddInsights(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<InsightsOptions>().Bind(configuration.GetSection(InsightsOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<InsightsOptions>, InsightsOptionsValidator>();

        // Decided when used, not here: configuration added late (tests, hosting layers) must be able to switch it on.
        services.AddSingleton<Lazy<IInsightStore>>(provider => new(() => CreateStore(
            provider.GetRequiredService<IOptions<InsightsOptions>>().Value,
            provider.GetRequiredService<IOptions<StateOptions>>().Value,
            provider.GetRequiredService<IHostEnvironment>().ContentRootPath,
            () => provider.GetService<IConnectionMultiplexer>())));
        services.AddSingleton(provider => new InsightsRecordingAnswerService(
            provider.GetRequiredService<ReloadingAnswerService>(),
            provider.GetRequiredService<Lazy<IInsightStore>>(),
            provider.GetRequiredService<IOptions<InsightsOptions>>(),
            provider.GetService<TimeProvider>() ?? TimeProvider.System,
            provider.GetRequiredService<ILogger<InsightsRecordingAnswerService>>()));
        services.AddSingleton<IAnswerService>(static provider => provider.GetRequiredService<InsightsRecordingAnswerService>());
        return services;
    }

    /// <summary>The configured store; also used by the <c>insights</c> command, which runs without a host.</summary>
    public static IInsightStore CreateStore(InsightsOptions options, StateOptions state, string contentRoot, Func<IConnectionMultiplexer?> redis)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(redis);
        if (options.Store == InsightsStoreKind.Redis)
        {
            var connection = redis() ?? ConnectionMultiplexer.Connect(state.Redis.Configuration);
            return new RedisInsightStore(connection, state.Redis.KeyPrefix + "insights:", options.RetentionDays, options.QuestionRetentionDays);
        }

        return new FileInsightStore(Path.GetFullPath(options.Folder, contentRoot), options.RetentionDays, options.QuestionRetentionDays);
    }
}
