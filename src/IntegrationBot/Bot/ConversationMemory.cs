using IntegrationBot.Core.Understanding;
using IntegrationBot.State;
using Microsoft.Bot.Builder;

namespace IntegrationBot.Bot;

/// <summary>
/// The bot's memory of the previous turn (<see cref="ConversationContext"/>) so follow-ups such as "Und in Frankfurt?"
/// work: per conversation in a personal chat, per conversation and person in group chats and channels
/// (<see cref="ConversationScope"/>), in whatever IStorage is registered.
/// </summary>
/// <remarks>
/// When the state store is down (<see cref="StateUnavailableException"/>: timed out or circuit open) the turn is answered
/// without context rather than with an apology, and nothing is written or deleted: the stored context is still there when
/// the store is back.
/// </remarks>
public sealed partial class ConversationMemory
{
    private const string ContextsProperty = "IntegrationBot.ConversationContexts";
    private const string UnavailableKey = "IntegrationBot.StateUnavailable";

    private readonly ScopedConversationState _state;
    private readonly IStatePropertyAccessor<SharedConversationContexts> _contexts;
    private readonly TimeProvider _time;
    private readonly ILogger<ConversationMemory> _logger;

    public ConversationMemory(IStorage storage, TimeProvider? time = null, ILogger<ConversationMemory>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _state = new ScopedConversationState(storage);
        _contexts = _state.CreateProperty<SharedConversationContexts>(ContextsProperty);
        _time = time ?? TimeProvider.System;
        _logger = logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger<ConversationMemory>.Instance;
    }

    public async Task<ConversationContext> LoadAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        try
        {
            var contexts = await _contexts.GetAsync(turnContext, static () => new SharedConversationContexts(), cancellationToken).ConfigureAwait(false);
            return contexts.For(ConversationScope.Of(turnContext).PersonKey, _time.GetUtcNow());
        }
        catch (StateUnavailableException exception)
        {
            LogStateUnavailable(_logger, exception, "read");
            turnContext.TurnState[UnavailableKey] = true;
            return ConversationContext.Empty;
        }
    }

    public async Task SaveAsync(ITurnContext turnContext, ConversationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(context);
        if (turnContext.TurnState.ContainsKey(UnavailableKey))
        {
            // The stored contexts could not be read: writing this turn's would overwrite them with context-free ones.
            return;
        }

        try
        {
            var contexts = await _contexts.GetAsync(turnContext, static () => new SharedConversationContexts(), cancellationToken).ConfigureAwait(false);
            contexts.Set(ConversationScope.Of(turnContext).PersonKey, ForStorage(context), _time.GetUtcNow());
            await _contexts.SetAsync(turnContext, contexts, cancellationToken).ConfigureAwait(false);
            await _state.SaveChangesAsync(turnContext, force: true, cancellationToken).ConfigureAwait(false);
        }
        catch (StateUnavailableException exception)
        {
            LogStateUnavailable(_logger, exception, "write");
        }
    }

    /// <summary>True when the failure is the infrastructure's (state store down), not the conversation's.</summary>
    public static bool IsInfrastructureFailure(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is StateUnavailableException or StackExchange.Redis.RedisException or TimeoutException)
            {
                return true;
            }
        }

        return exception is AggregateException aggregate && aggregate.InnerExceptions.Any(IsInfrastructureFailure);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation state {Operation} failed, the turn goes on without context; the stored state is kept.")]
    private static partial void LogStateUnavailable(ILogger logger, Exception exception, string operation);

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
