using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace IntegrationBot.DirectLine.Local;

/// <summary>
/// The behaviour of the Direct Line service for one bot: starting a conversation greets the user through a
/// conversationUpdate, a posted activity is echoed into the conversation (Web Chat recognises its own message by that
/// echo) and then answered by the bot, and every activity gets a Direct Line id whose sequence number is the watermark.
/// </summary>
internal sealed partial class LocalDirectLine(
    LocalConversationStore store,
    LocalBotTurnDispatcher dispatcher,
    IOptionsMonitor<DirectLineOptions> options,
    TimeProvider clock,
    ILogger<LocalDirectLine> logger)
{
    public const string ChannelId = "directline";

    // Shown when the bot's pipeline failed without its own error handler answering; never the exception text.
    private const string TurnFailedText = "Entschuldigung, das hat gerade nicht geklappt. Bitte versuchen Sie es in einem Moment noch einmal.";

    public LocalConversationStore Conversations => store;

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>
    /// Sends the conversationUpdate once per conversation, so the bot's welcome is the first thing the page shows.
    /// False when the conversation had already been started (a reconnect).
    /// </summary>
    public async Task<bool> StartAsync(LocalConversation conversation, string? locale, Uri serviceUrl, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (!conversation.TryMarkStarted())
        {
            return false;
        }

        var update = new Activity(ActivityTypes.ConversationUpdate)
        {
            Id = $"{conversation.Id}|start",
            MembersAdded = [BotAccount(), UserAccount(conversation, name: null)],
            From = UserAccount(conversation, name: null),
            Locale = locale,
        };
        Address(update, conversation, serviceUrl);
        await RunTurnAsync(conversation, update, echo: false, bot, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Echoes the client's activity into the conversation, runs the bot on it and returns the echo's id.</summary>
    public Task<string> PostAsync(LocalConversation conversation, Activity activity, Uri serviceUrl, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activity);

        // Like a Direct Line token bound to a user: the sender is the conversation's user, whatever the client claims.
        activity.From = UserAccount(conversation, activity.From?.Name);
        Address(activity, conversation, serviceUrl);
        return RunTurnAsync(conversation, activity, echo: true, bot, cancellationToken);
    }

    private async Task<string> RunTurnAsync(LocalConversation conversation, Activity activity, bool echo, IBot bot, CancellationToken cancellationToken)
    {
        await conversation.TurnLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var id = activity.Id ?? string.Empty;
            if (echo)
            {
                id = conversation.Append(TranscriptEcho.From(activity, options.CurrentValue.MaxEchoTextLength));
                activity.Id = id;
            }

            IReadOnlyList<Activity> replies;
            try
            {
                replies = await dispatcher.DispatchAsync(activity, bot, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogTurnFailed(logger, exception, conversation.Id);
                replies = [MessageFactory.Text(TurnFailedText)];
            }

            foreach (var reply in replies.Where(IsForClient))
            {
                conversation.Append(ActivityJson.Snapshot(AddressReply(reply, conversation, activity)));
            }

            return id;
        }
        finally
        {
            conversation.TurnLock.Release();
        }
    }

    // Direct Line never shows traces (they are for the Emulator) nor invoke responses to the client.
    private static bool IsForClient(Activity reply) =>
        reply.Type is not (ActivityTypes.Trace or ActivityTypesEx.InvokeResponse);

    private Activity AddressReply(Activity reply, LocalConversation conversation, Activity incoming)
    {
        reply.Id = null;
        reply.DeliveryMode = null;
        reply.ChannelId = ChannelId;
        reply.ServiceUrl = incoming.ServiceUrl;
        reply.Conversation = new ConversationAccount(id: conversation.Id);
        reply.From ??= BotAccount();
        reply.Recipient ??= UserAccount(conversation, name: null);
        reply.ReplyToId ??= incoming.Id;
        reply.Timestamp ??= clock.GetUtcNow();
        return reply;
    }

    private void Address(Activity activity, LocalConversation conversation, Uri serviceUrl)
    {
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = serviceUrl.ToString();
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.Recipient = BotAccount();
        activity.Timestamp = clock.GetUtcNow();
    }

    private ChannelAccount BotAccount()
    {
        var settings = options.CurrentValue;
        return new ChannelAccount(settings.BotId, settings.BotName, RoleTypes.Bot);
    }

    private static ChannelAccount UserAccount(LocalConversation conversation, string? name) =>
        new(conversation.UserId, name, RoleTypes.User);

    /// <summary>The Direct Line GET activities body: activities after the watermark and the new watermark, as a string.</summary>
    public static string ActivitySetJson(LocalConversation conversation, long watermark, int maxPageBytes)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var (activities, newWatermark) = conversation.ActivitiesAfter(watermark, maxPageBytes);
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("activities");
            writer.WriteStartArray();
            foreach (var json in activities)
            {
                writer.WriteRawValue(json);
            }

            writer.WriteEndArray();
            writer.WritePropertyName("watermark");
            writer.WriteValue(newWatermark.ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        return text.ToString();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The bot failed a turn in local Direct Line conversation {ConversationId}.")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string conversationId);
}
