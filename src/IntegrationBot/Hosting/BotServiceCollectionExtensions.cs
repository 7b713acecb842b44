using IntegrationBot.Bot;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationBot.Hosting;

public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// The adapter (with turn error handling) and the bot. Needs an IAnswerService, BotFrameworkAuthentication
    /// (<see cref="Security.SecurityServiceCollectionExtensions.AddBotSecurity"/>) and ConversationState
    /// (<see cref="State.StateServiceCollectionExtensions.AddConversationStorage"/>).
    /// </summary>
    public static IServiceCollection AddSynopsisBot(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ConversationMemory>();
        services.AddSingleton<TurnErrorHandler>();
        services.AddSingleton<IntegrationBotAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(provider => provider.GetRequiredService<IntegrationBotAdapter>());
        // Stateless (state lives in ConversationState), so one instance serves every turn.
        services.AddSingleton<IBot, SynopsisBot>();
        return services;
    }
}
