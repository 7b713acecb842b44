using IntegrationBot.Core.Answers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace IntegrationBot.Bot;

/// <summary>Turns a channel-neutral <see cref="Reply"/> into the Bot Framework message activity every channel renders.</summary>
public static class ReplyActivity
{
    public static IMessageActivity Create(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var activity = MessageFactory.Text(reply.Text, reply.Speak, InputHints.AcceptingInput);
        if (reply.Card is not null)
        {
            // The Bot Framework serialises with Newtonsoft; a System.Text.Json node must be re-parsed, not wrapped.
            activity.Attachments =
            [
                new Attachment
                {
                    ContentType = Reply.AdaptiveCardContentType,
                    Content = JObject.Parse(reply.Card.ToJsonString()),
                },
            ];
        }

        return activity;
    }
}
