using Microsoft.Bot.Builder;

namespace IntegrationBot.Bot;

/// <summary>Conversation state stored under the <see cref="ConversationScope"/>'s key instead of the raw conversation id.</summary>
public sealed class ScopedConversationState(IStorage storage) : BotState(storage, nameof(ScopedConversationState))
{
    protected override string GetStorageKey(ITurnContext turnContext) => ConversationScope.Of(turnContext).StorageKey;
}
