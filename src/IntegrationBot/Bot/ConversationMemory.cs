using IntegrationBot.Core.Understanding;
using Microsoft.Bot.Builder;

namespace IntegrationBot.Bot;

/// <summary>
/// The bot's per-conversation memory: the <see cref="ConversationContext"/> of the previous turn, kept in
/// <see cref="ConversationState"/> (whatever IStorage is registered) so follow-ups such as "Und in Frankfurt?" work.
/// </summary>
public sealed class ConversationMemory
{
    private const string ContextProperty = "IntegrationBot.ConversationContext";

    private readonly ConversationState _conversationState;
    private readonly IStatePropertyAccessor<ConversationContext> _context;

    public ConversationMemory(ConversationState conversationState)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _conversationState = conversationState;
        _context = conversationState.CreateProperty<ConversationContext>(ContextProperty);
    }

    public Task<ConversationContext> LoadAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _context.GetAsync(turnContext, () => ConversationContext.Empty, cancellationToken);

    public async Task SaveAsync(ITurnContext turnContext, ConversationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await _context.SetAsync(turnContext, ForStorage(context), cancellationToken).ConfigureAwait(false);
        await _conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets the conversation (after a failed turn, or when the bot is uninstalled).</summary>
    public async Task ForgetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await _conversationState.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Plain arrays only: stores serialise with Newtonsoft (MemoryStorage even records .NET type names), and the
    /// compiler's hidden collection-expression types would not survive that round trip.
    /// </summary>
    private static ConversationContext ForStorage(ConversationContext context) => context with
    {
        Cities = context.Cities.ToArray(),
        Aspects = context.Aspects.ToArray(),
        UnknownCities = context.UnknownCities.ToArray(),
        OfferedQuestions = context.OfferedQuestions.ToArray(),
    };
}
