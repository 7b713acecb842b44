using IntegrationBot.Core.Understanding;
using IntegrationBot.State;
using Microsoft.Bot.Builder;

namespace IntegrationBot.Bot;

/// <summary>
/// The bot's per-conversation memory: the <see cref="ConversationContext"/> of the previous turn, kept in
/// <see cref="ConversationState"/> (whatever IStorage is registered) so follow-ups such as "Und in Frankfurt?" work.
/// </summary>
/// <remarks>
/// When the state store is down (<see cref="StateUnavailableException"/>: timed out or circuit open) the turn is answered
/// without context rather than with an apology, and nothing is written or deleted: the stored context is still there when
/// the store is back.
/// </remarks>
public sealed partial class ConversationMemory
{
    private const string ContextProperty = "IntegrationBot.ConversationContext";
    private const string UnavailableKey = "IntegrationBot.StateUnavailable";

    private readonly ConversationState _conversationState;
    private readonly IStatePropertyAccessor<ConversationContext> _context;
    private readonly ILogger<ConversationMemory> _logger;

    public ConversationMemory(ConversationState conversationState, ILogger<ConversationMemory>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _conversationState = conversationState;
        _context = conversationState.CreateProperty<ConversationContext>(ContextProperty);
        _logger = logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger<ConversationMemory>.Instance;
    }

    public async Task<ConversationContext> LoadAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        try
        {
            return await _context.GetAsync(turnContext, () => ConversationContext.Empty, cancellationToken).ConfigureAwait(false);
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
            // The stored context could not be read: writing this turn's would overwrite it with a context-free one.
            return;
        }

        try
        {
            await _context.SetAsync(turnContext, ForStorage(context), cancellationToken).ConfigureAwait(false);
            await _conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Forgets the conversation (after a failed turn, or when the bot is uninstalled).</summary>
    public async Task ForgetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await _conversationState.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Plain arrays only: stores serialise with Newtonsoft (MemoryStorage even records .NET type names), and the
    /// compiler's hidden collection-expression types would not survive that round trip.
    /// </summary>
    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation state {Operation} failed, the turn goes on without context; the stored state is kept.")]
    private static partial void LogStateUnavailable(ILogger logger, Exception exception, string operation);

    private static ConversationContext ForStorage(ConversationContext context) => context with
    {
        Cities = context.Cities.ToArray(),
        Aspects = context.Aspects.ToArray(),
        UnknownCities = context.UnknownCities.ToArray(),
        OfferedQuestions = context.OfferedQuestions.ToArray(),
    };
}
