using System.Text;
using IntegrationBot.Core.Answers;
using IntegrationBot.Core.Cards.Templating;

namespace IntegrationBot.Core.Cards;

/// <summary>
/// Expands a template into a <see cref="Reply"/> that fits one Teams activity: when card, text and speech together
/// would exceed <see cref="MaxActivityBytes"/>, the content is rebuilt with ever tighter <see cref="ContentBudget"/>s.
/// </summary>
public sealed class CardRenderer
{
    /// <summary>Teams rejects bot messages over about 40 KB; keep room for the activity envelope (ids, addresses).</summary>
    public const int MaxActivityBytes = 40 * 1024;

    private const int EnvelopeReserveBytes = 3 * 1024;

    private readonly CardTemplates _templates;

    public CardTemplates Templates => _templates;

    public CardRenderer(CardTemplates templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        _templates = templates;
    }

    public Reply Render(string templateName, Func<ContentBudget, CardContent> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var template = _templates[templateName];
        Reply? reply = null;
        foreach (var budget in ContentBudget.Steps)
        {
            var content = compose(budget);
            reply = new Reply(content.Text, content.Speak, template.Expand(content.Data));
            if (Size(reply) <= MaxActivityBytes - EnvelopeReserveBytes)
            {
                return reply;
            }
        }

        return reply!;
    }

    /// <summary>Bytes the reply adds to an activity: card JSON, text and speech (UTF-8).</summary>
    public static int Size(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return Encoding.UTF8.GetByteCount(reply.Card?.ToJsonString() ?? string.Empty)
            + Encoding.UTF8.GetByteCount(reply.Text)
            + Encoding.UTF8.GetByteCount(reply.Speak);
    }
}
