using IntegrationBot.Core.Answers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using IntegrationBot.Performance;

namespace IntegrationBot.Bot;

/// <summary>
/// Turns a channel-neutral <see cref="Reply"/> into the Bot Framework message activity every channel renders.
/// With a card: <c>summary</c> is the notification preview (the headline), <c>speak</c> the plain-text answer for
/// screen readers and voice clients, and the text is the headline — except in Teams, which shows a message's text
/// above its card, where it would repeat the card's title. Without a card, the text is the whole answer.
/// No suggested actions ever: channels drop them on messages with attachments, and the cards carry the buttons.
/// </summary>
public static class ReplyActivity
{
    public static IMessageActivity Create(Reply reply, string? channelId = null)
    {
        ArgumentNullException.ThrowIfNull(reply);
        // Synopsis text is data, not markup: escaped so no title can become a link or formatting (see MarkdownText).
        var speak = string.IsNullOrEmpty(reply.Speak) ? reply.Speak : MarkdownText.EscapeForSpeech(reply.Speak);
        if (reply.Card is null)
        {
            return MessageFactory.Text(MarkdownText.Escape(reply.Text), speak, InputHints.AcceptingInput);
        }

        // Teams shows the card's own title: a text above it would repeat it.
        var activity = MessageFactory.Text(channelId == Channels.Msteams ? null : MarkdownText.Escape(reply.Headline), speak, InputHints.AcceptingInput);
        activity.Summary = MarkdownText.Escape(reply.Summary);
        activity.Attachments = [CardAttachment(reply)];
        return activity;
    }

    /// <summary>The card as an attachment. The Bot Framework serialises with Newtonsoft: the System.Text.Json tree is converted node by node.</summary>
    public static Attachment CardAttachment(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return new Attachment
        {
            ContentType = Reply.AdaptiveCardContentType,
            Content = reply.Card is null ? null : JsonNodeConversion.ToJObject(reply.Card),
        };
    }
}
