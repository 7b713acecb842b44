using IntegrationBot.Bot;
using IntegrationBot.Core.Answers.Lookup;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace IntegrationBot.Teams;

/// <summary>
/// Teams' answers to the search message extension's invokes. A result list shows a thumbnail preview per result and
/// inserts the full Adaptive Card; tapping a preview sends <c>composeExtension/selectItem</c> with the result's key,
/// answered with that one card. No result: a message result with a German hint instead of an empty list.
/// </summary>
public static class LookupResponse
{
    /// <summary>The field of a preview's tap value that names the result.</summary>
    public const string KeyField = "key";

    public static MessagingExtensionResponse For(LookupPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Items.Count == 0)
        {
            return new MessagingExtensionResponse(new MessagingExtensionResult
            {
                Type = "message",
                Text = page.Message ?? "Keine weiteren Ergebnisse.",
            });
        }

        return new MessagingExtensionResponse(new MessagingExtensionResult
        {
            Type = "result",
            AttachmentLayout = AttachmentLayoutTypes.List,
            Attachments = [.. page.Items.Select(ResultAttachment)],
        });
    }

    public static MessagingExtensionResponse Selected(LookupItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new MessagingExtensionResponse(new MessagingExtensionResult
        {
            Type = "result",
            AttachmentLayout = AttachmentLayoutTypes.List,
            Attachments = [ResultAttachment(item)],
        });
    }

    public static MessagingExtensionResponse NotFound() => new(new MessagingExtensionResult
    {
        Type = "message",
        Text = "Dieses Ergebnis gibt es in der Synopse nicht mehr. Bitte suchen Sie erneut.",
    });

    private static MessagingExtensionAttachment ResultAttachment(LookupItem item)
    {
        var card = ReplyActivity.CardAttachment(item.Card);
        var preview = new ThumbnailCard
        {
            Title = item.Title,
            Text = item.Preview,
            Tap = new CardAction { Type = "invoke", Value = new JObject { [KeyField] = item.Key } },
        };
        return new MessagingExtensionAttachment(card.ContentType, content: card.Content, preview: preview.ToAttachment());
    }
}
