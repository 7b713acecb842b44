using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace EchoBot.Bots;

/// <summary>
/// Echoes the text in one small Adaptive Card and counts turns in ConversationState, so that the baseline
/// pays for the same kinds of work as a real bot: state load and save, an attachment, a reply.
/// </summary>
public sealed class EchoCardBot(ConversationState conversationState) : ActivityHandler
{
    private readonly IStatePropertyAccessor<int> turnCount = conversationState.CreateProperty<int>("TurnCount");

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var count = await turnCount.GetAsync(turnContext, () => 0, cancellationToken).ConfigureAwait(false) + 1;
        await turnCount.SetAsync(turnContext, count, cancellationToken).ConfigureAwait(false);

        var text = turnContext.Activity.Text ?? string.Empty;
        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = new JArray(new JObject
            {
                ["type"] = "TextBlock",
                ["text"] = $"Echo: {text}",
                ["wrap"] = true,
            }),
        };
        var reply = MessageFactory.Attachment(new Attachment("application/vnd.microsoft.card.adaptive", content: card), text: $"Echo: {text}");
        await turnContext.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        foreach (var member in membersAdded.Where(m => m.Id != turnContext.Activity.Recipient.Id))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text("Hello and welcome!"), cancellationToken).ConfigureAwait(false);
        }
    }
}
