using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Newtonsoft.Json.Linq;

namespace IntegrationBot.Tests.WebChat;

/// <summary>
/// A small stand-in for the real bot: welcomes new users, counts turns in ConversationState (so the tests see the real
/// adapter pipeline and state at work), sends a trace like the real bot, answers "karte" with an Adaptive Card whose
/// button carries Teams messageBack data, and fails on purpose for "fehler".
/// </summary>
internal sealed class ProbeBot(ConversationState conversationState) : ActivityHandler
{
    public const string Welcome = "Willkommen beim Testbot!";
    public const string CardQuestion = "karte";
    public const string FollowUpQuestion = "Und in Frankfurt?";
    public const string FailQuestion = "fehler";

    /// <summary>The <see cref="Hosting.BotApplicationFactory.ConfigureServices"/> hook: this bot instead of SynopsisBot.</summary>
    public static void Register(IServiceCollection services)
    {
        services.RemoveAll<IBot>();
        services.AddTransient<IBot, ProbeBot>();
    }

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (membersAdded.Any(member => member.Id != turnContext.Activity.Recipient.Id))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(Welcome), cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text?.Trim() ?? string.Empty;
        if (text == FailQuestion)
        {
            throw new InvalidOperationException("probe failure");
        }

        var turns = conversationState.CreateProperty<int>("turns");
        var turn = await turns.GetAsync(turnContext, () => 0, cancellationToken) + 1;

        // Real turns wait for I/O between reading and saving state; without that pause overlapping turns could not show.
        await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
        await turns.SetAsync(turnContext, turn, cancellationToken);

        await turnContext.SendActivityAsync(Activity.CreateTraceActivity("ProbeBot.Trace", "ProbeBot.Trace", JObject.FromObject(new { text }), "Trace"), cancellationToken);
        if (text == CardQuestion)
        {
            await turnContext.SendActivityAsync(MessageFactory.Attachment(FollowUpCard()), cancellationToken);
            return;
        }

        await turnContext.SendActivityAsync(MessageFactory.Text($"Antwort {turn}: {text}"), cancellationToken);
    }

    private static Attachment FollowUpCard()
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = "Karte vom Testbot", ["wrap"] = true }),
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = "Frankfurt",
                ["data"] = new JsonObject
                {
                    ["msteams"] = new JsonObject { ["type"] = "messageBack", ["text"] = FollowUpQuestion, ["displayText"] = FollowUpQuestion },
                },
            }),
        };
        return new Attachment("application/vnd.microsoft.card.adaptive", content: JObject.Parse(card.ToJsonString()));
    }
}
