using Microsoft.Bot.Builder;

namespace IntegrationBot.Hosting;

public static class ConversationStorageServiceCollectionExtensions
{
    /// <summary>
    /// The one place that chooses where conversation state lives. MemoryStorage for now: state is lost on restart
    /// and not shared between instances (replace this registration for bounded memory or Redis).
    /// </summary>
    public static IServiceCollection AddConversationStorage(this IServiceCollection services)
    {
        services.AddSingleton<IStorage, MemoryStorage>();
        services.AddSingleton<ConversationState>();
        return services;
    }
}
