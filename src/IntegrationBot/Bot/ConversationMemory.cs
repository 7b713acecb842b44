using IntegrationBot.Core.Understanding;
using Microsoft.Bot.Builder;

namespace IntegrationBot.Bot;

/// <summary>
/// The bot's memory of the previous turn (<see cref="ConversationContext"/>) so follow-ups such as "Und in Frankfurt?"
/// work: per conversation in a personal chat, per conversation and person in group chats and channels
/// (<see cref="ConversationScope"/>), in whatever IStorage is registered.
/// </summary>
public sealed class ConversationMemory
{
    private const string ContextsProperty = "IntegrationBot.ConversationContexts";

    private readonly ScopedConversationState _state;
    private readonly IStatePropertyAccessor<SharedConversationContexts> _contexts;
    private readonly TimeProvider _time;

    public ConversationMemory(IStorage storage, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _state = new ScopedConversationState(storage);
        _contexts = _state.CreateProperty<SharedConversationContexts>(ContextsProperty);
        _time = time ?? TimeProvider.System;
    }

    public async Task<ConversationContext> LoadAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var contexts = await _contexts.GetAsync(turnContext, static () => new SharedConversationContexts(), cancellationToken).ConfigureAwait(false);
        return contexts.For(ConversationScope.Of(turnContext).PersonKey, _time.GetUtcNow());
    }

    public async Task SaveAsync(ITurnContext turnContext, ConversationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var contexts = await _contexts.GetAsync(turnContext, static () => new SharedConversationContexts(), cancellationToken).ConfigureAwait(false);
        contexts.Set(ConversationScope.Of(turnContext).PersonKey, ForStorage(context), _time.GetUtcNow());
        await _contexts.SetAsync(turnContext, contexts, cancellationToken).ConfigureAwait(false);
        await _state.SaveChangesAsync(turnContext, force: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets this person's context (after a failed turn); the others in a shared conversation keep theirs.</summary>
    public async Task ForgetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        SharedConversationContexts contexts;
        try
        {
            contexts = await _contexts.GetAsync(turnContext, static () => new SharedConversationContexts(), cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // State that cannot even be read (what may have failed the turn) is dropped whole.
        catch (Exception)
#pragma warning restore CA1031
        {
            await ForgetAllAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (contexts.Remove(ConversationScope.Of(turnContext).PersonKey))
        {
            await _contexts.SetAsync(turnContext, contexts, cancellationToken).ConfigureAwait(false);
            await _state.SaveChangesAsync(turnContext, force: true, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Forgets everyone's context in the scope (the app was uninstalled or the bot removed).</summary>
    public Task ForgetAllAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _state.DeleteAsync(turnContext, cancellationToken);

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
