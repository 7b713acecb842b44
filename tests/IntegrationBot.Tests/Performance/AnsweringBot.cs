using System.Text;
using System.Text.Json.Nodes;
using IntegrationBot.Tests.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.TraceExtensions;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace IntegrationBot.Tests.Performance;

/// <summary>
/// A bot for the adapter and authentication tests: traces, then answers every message with "Antwort: text" and a
/// small Adaptive Card (umlauts, emoji, HTML, a control character, submit data), and counts its turns. Hosted in the
/// real Program by <see cref="Host"/>.
/// </summary>
internal sealed class AnsweringBot : ActivityHandler
{
    private const string CompactResponses = "Performance:CompactResponses";

    private int turns;

    public int Turns => turns;

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref turns);
        await turnContext.TraceActivityAsync("Test.Trace", new JObject { ["intent"] = "Query", ["cities"] = new JArray("Stuttgart") }, "Test.Trace", "Trace", cancellationToken);
        var reply = MessageFactory.Text("Antwort: " + turnContext.Activity.Text, "Antwort");
        reply.Attachments = [new Attachment("application/vnd.microsoft.card.adaptive", content: Card(turnContext.Activity.Text))];
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    /// <summary>
    /// The real host with this bot. <paramref name="compactResponses"/> false: the SDK's own HTTP response writing
    /// (unless the settings say otherwise), to compare the two.
    /// </summary>
    public static BotApplicationFactory Host(IReadOnlyDictionary<string, string?> settings, bool compactResponses = true)
    {
        var all = new Dictionary<string, string?>(settings);
        if (!compactResponses)
        {
            all.TryAdd(CompactResponses, "false");
        }

        return new BotApplicationFactory { Settings = all, Bot = new AnsweringBot() }.Started();
    }

    /// <summary>The bot a host from <see cref="Host"/> runs.</summary>
    public static AnsweringBot Of(BotApplicationFactory host) => (AnsweringBot)host.Bot!;

    public static JsonObject Message(string text, string conversationId, string serviceUrl, string? deliveryMode = null, string? activityId = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = activityId ?? "activity-" + Guid.NewGuid().ToString("N"),
            ["text"] = text,
            ["channelId"] = "emulator",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = "user-1" },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
        };
        if (deliveryMode is not null)
        {
            activity["deliveryMode"] = deliveryMode;
        }

        return activity;
    }

    private static JObject Card(string text) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JArray(
            new JObject { ["type"] = "TextBlock", ["text"] = "Stuttgart: " + text, ["wrap"] = true, ["maxLines"] = 0 },
            new JObject { ["type"] = "FactSet", ["facts"] = new JArray(new JObject { ["title"] = "Ümlaut & <b>", ["value"] = "„zitiert“ 😀 \u0000" }) }),
        ["actions"] = new JArray(new JObject
        {
            ["type"] = "Action.Submit",
            ["title"] = "Und in Frankfurt?",
            ["data"] = new JObject { ["msteams"] = new JObject { ["type"] = "imBack", ["value"] = "Und in Frankfurt?" }, ["score"] = 0.5, ["empty"] = null },
        }),
    };
}
