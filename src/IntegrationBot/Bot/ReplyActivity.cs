using IntegrationBot.Core.Answers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using IntegrationBot.Performance;

namespace IntegrationBot.Bot;

/// <summary>
/// Turns a channel-neutral <see cref="Reply"/> into the Bot Framework message activity every channel renders.
/// With a card, the text is the reply's headline and the whole plain-text answer goes into <c>summary</c>, the
/// Bot Framework's fallback for clients that cannot render cards; without a card, the text is the whole answer.
/// No suggested actions ever: channels drop them on messages with attachments, and the cards carry the buttons.
/// </summary>
public static class ReplyActivity
{
    public static IMessageActivity Create(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        // Synopsis text is data, not markup: escaped so no title can become a link or formatting (see MarkdownText).
        var activity = MessageFactory.Text(
            MarkdownText.Escape(reply.Card is null ? reply.Text : reply.Headline),
            string.IsNullOrEmpty(reply.Speak) ? reply.Speak : MarkdownText.EscapeForSpeech(reply.Speak),
            InputHints.AcceptingInput);
        if (reply.Card is not null)
        {
            activity.Summary = MarkdownText.Escape(reply.Text);
            // The Bot Framework serialises with Newtonsoft: convert the System.Text.Json tree node by node.
            activity.Attachments =
            [
                new Attachment
                {
                    ContentType = Reply.AdaptiveCardContentType,
                    Content = JsonNodeConversion.ToJObject(reply.Card),
                },
            ];
        }

        return activity;
    }
}
