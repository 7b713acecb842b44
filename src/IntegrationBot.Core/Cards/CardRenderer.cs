using System.Text;
using System.Text.Json.Nodes;
using IntegrationBot.Core.Answers;
using IntegrationBot.Core.Cards.Templating;

namespace IntegrationBot.Core.Cards;

/// <summary>
/// Expands a template into a <see cref="Reply"/> that fits one Teams activity: when the message as Teams counts it
/// (<see cref="Size"/>) would exceed <see cref="MaxActivityBytes"/> less a reserve, the content is rebuilt with ever
/// tighter <see cref="ContentBudget"/>s.
/// </summary>
public sealed class CardRenderer
{
    /// <summary>Teams rejects bot messages over about 40 KB; keep room for the activity envelope (ids, addresses).</summary>
    public const int MaxActivityBytes = 40 * 1024;

    /// <summary>The activity envelope (ids, addresses, channel data) in UTF-16, with room to spare.</summary>
    public const int EnvelopeReserveBytes = 6 * 1024;

    private readonly CardTemplates _templates;
    private readonly Action<string, JsonObject>? _onExpand;

    /// <param name="templates">The loaded templates.</param>
    /// <param name="onExpand">Optional observer of every expansion (template name, data): lets the conformance
    /// tests replay exactly what the bot expanded through the official templating SDK.</param>
    public CardRenderer(CardTemplates templates, Action<string, JsonObject>? onExpand = null)
    {
        ArgumentNullException.ThrowIfNull(templates);
        _templates = templates;
        _onExpand = onExpand;
    }

    public CardTemplates Templates => _templates;

    public Reply Render(string templateName, Func<ContentBudget, CardContent> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var template = _templates[templateName];
        Reply? reply = null;
        foreach (var budget in ContentBudget.Steps)
        {
            var content = compose(budget);
            _onExpand?.Invoke(templateName, content.Data);
            // Text and speech are sanitised here, once, whatever the composer put in them.
            var text = CardText.PlainLines(content.Text);
            var card = template.Expand(content.Data);
            // Screen readers announce a card by its own "speak" (Web Chat's live region, the card's accessible name),
            // not by the activity's text: without it they hear only the button titles. So the card speaks the whole
            // plain-text answer; the activity's shorter speech stays for voice channels.
            card["speak"] = text;
            reply = new Reply(text, SpokenAnswer.Of(CardText.Plain(content.Speak), text), card);
            if (Size(reply) <= MaxActivityBytes - EnvelopeReserveBytes)
            {
                return reply;
            }
        }

        return reply!;
    }

    /// <summary>
    /// Bytes the reply adds to an activity as Teams counts them: the whole message — card JSON, text, summary and
    /// speech — in UTF-16. A card reply sends its headline as text and summary; a text reply sends the whole text.
    /// The card is counted as the connector serialises it (umlauts unescaped), not as escaped JSON.
    /// </summary>
    public static int Size(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Card is null)
        {
            return Encoding.Unicode.GetByteCount(reply.Text) + Encoding.Unicode.GetByteCount(reply.Speak);
        }

        return Encoding.Unicode.GetByteCount(reply.Card.ToJsonString(Unescaped))
            + Encoding.Unicode.GetByteCount(reply.Headline)
            + Encoding.Unicode.GetByteCount(reply.Summary)
            + Encoding.Unicode.GetByteCount(reply.Speak);
    }

    private static readonly System.Text.Json.JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
