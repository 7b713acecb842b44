using System.Net;
using IntegrationBot.Core.Answers;
using IntegrationBot.Core.Understanding;
using IntegrationBot.Teams;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

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
            await turnContext.SendActivityAsync(ReplyActivity.Create(_answers.AskForQuestion(), turnContext.Activity.ChannelId), cancellationToken).ConfigureAwait(false);
            return;
        }

        var context = await _memory.LoadAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var outcome = _answers.Answer(question, context, _time.GetUtcNow());
        await turnContext.SendActivityAsync(RecognitionTrace.CreateActivity(outcome.Recognition), cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(ReplyActivity.Create(outcome.Reply, turnContext.Activity.ChannelId), cancellationToken).ConfigureAwait(false);
        foreach (var part in outcome.MoreParts)
        {
            await turnContext.SendActivityAsync(ReplyActivity.Create(part.Reply, turnContext.Activity.ChannelId), cancellationToken).ConfigureAwait(false);
        }

        await _memory.SaveAsync(turnContext, outcome.Context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Emulator and Direct Line (Web Chat) announce a new conversation with a conversationUpdate whose membersAdded
    /// holds the bot (the Emulator adds the user in the same activity, Direct Line in a second one): welcome once,
    /// when the bot is among them, never per user. The base handler would skip an update that adds only the bot.
    /// </summary>
    /// <remarks>
    /// When the bot itself is removed (from a team, a group chat, or a conversation) everything it kept there is
    /// forgotten. In Teams no other conversation update needs an answer (the installationUpdate greets, see below), and
    /// Teams' channel and team events — which the SDK would read from channel data that may be missing — are ignored.
    /// </remarks>
    protected override Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.MembersRemoved?.Any(member => member?.Id is not null && member.Id == activity.Recipient?.Id) == true)
        {
            return _memory.ForgetAllAsync(turnContext, cancellationToken);
        }

        if (activity.ChannelId == Channels.Msteams)
        {
            return Task.CompletedTask;
        }

        var botWasAdded = activity.MembersAdded?.Any(member => member?.Id is not null && member.Id == activity.Recipient?.Id) == true;
        return botWasAdded ? SendWelcomeAsync(turnContext, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>
    /// The bot acts on no event (Teams meeting start/end, read receipts, …): they are ignored quietly, even without a
    /// value — the SDK's own dispatch would throw on a meeting event without one and leave the user an apology.
    /// </summary>
    protected override Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

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

    /// <summary>Uninstalled: nothing of the conversation (nobody's context, no thread of a team) is kept.</summary>
    protected override Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        _memory.ForgetAllAsync(turnContext, cancellationToken);

    /// <summary>
    /// Invokes: the search message extension (<c>composeExtension/query</c>, <c>composeExtension/selectItem</c>) is
    /// answered from the synopsis. The bot implements no other invoke (its cards use Action.Submit, which arrives as a
    /// message): those — task modules, card actions, unknown names, malformed values — are acknowledged with 200 and an
    /// empty body, never an apology card. The SDK's handlers would answer 501, or fail on a missing value and leave
    /// the adapter to answer 501; no client or probe should ever read a server error from this bot.
    /// </summary>
    protected override Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var now = _time.GetUtcNow();
        var value = turnContext.Activity.Value as JObject;
        var response = turnContext.Activity.Name switch
        {
            "composeExtension/query" => LookupResponse.For(Lookup(value, now)),
            "composeExtension/selectItem" => _answers.LookupSelected(value?[LookupResponse.KeyField] is JValue { Type: JTokenType.String } key ? (string?)key : null, now) is { } item
                ? LookupResponse.Selected(item)
                : LookupResponse.NotFound(),
            _ => null,
        };
        return Task.FromResult(response is null
            ? new InvokeResponse { Status = (int)HttpStatusCode.OK }
            : new InvokeResponse { Status = (int)HttpStatusCode.OK, Body = response });
    }

    /// <summary>
    /// The query's text parameter (whatever its name: the manifest declares one), and Teams' paging. An initial run
    /// (<c>initialRun</c> parameter, or no text) offers the aspects.
    /// </summary>
    private Core.Answers.Lookup.LookupPage Lookup(JObject? value, DateTimeOffset now)
    {
        var parameters = value?["parameters"] as JArray ?? [];
        var text = parameters.OfType<JObject>()
            .Where(static p => (string?)p["name"] != "initialRun")
            .Select(static p => p["value"] is JValue { Type: JTokenType.String } v ? (string?)v : null)
            .FirstOrDefault(static v => !string.IsNullOrWhiteSpace(v));
        var options = value?["queryOptions"] as JObject;
        return _answers.Lookup(text, Number(options?["skip"]), Number(options?["count"]), now);
    }

    private static int Number(JToken? token) =>
        token is JValue { Type: JTokenType.Integer } number && (long)number is >= 0 and <= int.MaxValue ? (int)(long)number : 0;

    private Task SendWelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(ReplyActivity.Create(_answers.Welcome(), turnContext.Activity.ChannelId), cancellationToken);
}
