using System.Net;
using IntegrationBot.Core.Answers;
using IntegrationBot.Core.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace IntegrationBot.Bot;

/// <summary>
/// The bot, deliberately thin: read the question → <see cref="IAnswerService"/> → recognition trace + reply →
/// remember the context. Everything about understanding and answering lives in IntegrationBot.Core.
/// </summary>
public sealed class SynopsisBot : TeamsActivityHandler
{
    private const string InstallationAdded = "add";

    private readonly IAnswerService _answers;
    private readonly ConversationMemory _memory;
    private readonly TimeProvider _time;

    public SynopsisBot(IAnswerService answers, ConversationMemory memory, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(time);
        _answers = answers;
        _memory = memory;
        _time = time;
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var question = IncomingQuestion.From(turnContext.Activity);
        if (question is null)
        {
            await turnContext.SendActivityAsync(RecognitionTrace.CreateActivity(RecognitionResult.NoneFor(string.Empty)), cancellationToken).ConfigureAwait(false);
            await turnContext.SendActivityAsync(ReplyActivity.Create(_answers.AskForQuestion()), cancellationToken).ConfigureAwait(false);
            return;
        }

        var context = await _memory.LoadAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var outcome = _answers.Answer(question, context, _time.GetUtcNow());
        await turnContext.SendActivityAsync(RecognitionTrace.CreateActivity(outcome.Recognition), cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(ReplyActivity.Create(outcome.Reply), cancellationToken).ConfigureAwait(false);
        await _memory.SaveAsync(turnContext, outcome.Context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Emulator and Direct Line (Web Chat) announce a new conversation with a conversationUpdate whose membersAdded
    /// holds the bot (the Emulator adds the user in the same activity, Direct Line in a second one): welcome once,
    /// when the bot is among them, never per user. The base handler would skip an update that adds only the bot.
    /// </summary>
    protected override Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.ChannelId == Channels.Msteams)
        {
            return base.OnConversationUpdateActivityAsync(turnContext, cancellationToken);
        }

        var botWasAdded = turnContext.Activity.MembersAdded?.Any(member => member.Id == turnContext.Activity.Recipient?.Id) == true;
        return botWasAdded ? SendWelcomeAsync(turnContext, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>
    /// Teams sends an installationUpdate and, concurrently, a conversationUpdate with the bot in membersAdded when
    /// the app is installed; the installationUpdate is the welcome, so the install greets exactly once. Skipping
    /// the dispatch also skips the SDK's roster lookup (a Bot Connector call) for every person who joins a team.
    /// </summary>
    protected override Task OnTeamsMembersAddedDispatchAsync(IList<ChannelAccount> membersAdded, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Teams: the app was installed in a personal chat, a group chat or a team ("add-upgrade" is an update, no welcome).</summary>
    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.Action == InstallationAdded
            ? SendWelcomeAsync(turnContext, cancellationToken)
            : Task.CompletedTask;
    }

    /// <summary>Uninstalled: nothing of the conversation is kept.</summary>
    protected override Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        _memory.ForgetAsync(turnContext, cancellationToken);

    /// <summary>
    /// The bot implements no invoke (its cards use Action.Submit, which arrives as a message): every invoke — task
    /// modules, message extensions, unknown names, malformed values — is acknowledged with 200 and no body. The SDK's
    /// handlers would answer 501, or fail on a missing value and leave the adapter to answer 501; no client or
    /// probe should ever read a server error from this bot.
    /// </summary>
    protected override Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken) =>
        Task.FromResult(new InvokeResponse { Status = (int)HttpStatusCode.OK });

    private Task SendWelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(ReplyActivity.Create(_answers.Welcome()), cancellationToken);
}
