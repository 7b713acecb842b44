using IntegrationBot.Core.Answers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.TraceExtensions;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Bot;

/// <summary>
/// What happens when a turn throws: log it with the activity id, apologise in German (never with exception
/// details), forget the conversation so a broken context cannot fail the next turn too, and tell the Emulator
/// what went wrong in a trace (traces reach only the Emulator).
/// </summary>
public sealed partial class TurnErrorHandler
{
    private readonly IAnswerService _answers;
    private readonly ConversationMemory _memory;
    private readonly ILogger<TurnErrorHandler> _logger;

    public TurnErrorHandler(IAnswerService answers, ConversationMemory memory, ILogger<TurnErrorHandler> logger)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(logger);
        _answers = answers;
        _memory = memory;
        _logger = logger;
    }

    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(exception);
        var activity = turnContext.Activity;
        LogTurnFailed(_logger, exception, activity?.Id, activity?.Type, activity?.ChannelId, activity?.Conversation?.Id);

        // Each step on its own: a failure to apologise must not stop the state from being cleared, and vice versa.
        await TryAsync(() => SendApologyAsync(turnContext), "apology").ConfigureAwait(false);
        // A broken context is forgotten so it cannot fail the next turn too; a store that failed proves nothing about the
        // context, and deleting it would lose what the user said before the outage.
        if (!ConversationMemory.IsInfrastructureFailure(exception))
        {
            await TryAsync(() => _memory.ForgetAsync(turnContext, CancellationToken.None), "clearing conversation state").ConfigureAwait(false);
        }

        if (activity?.ChannelId == Channels.Emulator)
        {
            await TryAsync(
                () => turnContext.TraceActivityAsync("OnTurnError Trace", exception.Message, "https://www.botframework.com/schemas/error", "TurnError"),
                "error trace").ConfigureAwait(false);
        }
    }

    private async Task SendApologyAsync(ITurnContext turnContext)
    {
        await turnContext.SendActivityAsync(ReplyActivity.Create(Apology(), turnContext.Activity?.ChannelId)).ConfigureAwait(false);
    }

    private Reply Apology()
    {
        try
        {
            return _answers.Error();
        }
#pragma warning disable CA1031 // A broken answer service must still leave the user with an apology.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            LogStepFailed(_logger, failure, "answer service apology");
            return HostReplies.FallbackApology;
        }
    }

    private async Task TryAsync(Func<Task> step, string what)
    {
        try
        {
            await step().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The error handler is the last line of defence: it must never throw itself.
        catch (Exception stepFailure)
#pragma warning restore CA1031
        {
            LogStepFailed(_logger, stepFailure, what);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed: activity {ActivityId} ({ActivityType}) on channel {ChannelId}, conversation {ConversationId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityId, string? activityType, string? channelId, string? conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn error handling step failed: {Step}")]
    private static partial void LogStepFailed(ILogger logger, Exception exception, string step);
}
