using System.Text.Json.Nodes;

namespace IntegrationBot.Core.Answers;

/// <summary>
/// What the bot sends for one turn, channel-neutral: the whole answer as plain text (always), speech text, and an
/// optional Adaptive Card (JSON, schema 1.5). The host turns this into a Bot Framework activity.
/// </summary>
public sealed record Reply(string Text, string Speak, JsonObject? Card)
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Longest notification preview; Teams shows about one line of it.</summary>
    public const int MaxSummaryLength = 200;

    /// <summary>The notification preview of a card reply (the activity's <c>summary</c>): the headline, kept short.</summary>
    public string Summary => Cards.CardText.Shorten(Headline.Replace('\n', ' '), MaxSummaryLength);

    /// <summary>
    /// The first block of <see cref="Text"/> (up to the first blank line), e.g. "Stuttgart: Orga - Anbindung".
    /// Chats show a message's text above its card, so a card reply carries this lead instead of the whole answer
    /// (which would otherwise appear twice); the whole text still travels as the activity's summary.
    /// A last line that introduces the next block ("… gibt es für:") is left out: what it introduces is not in the
    /// headline, and a message must not end on a dangling colon.
    /// </summary>
    public string Headline
    {
        get
        {
            var end = Text.IndexOf("\n\n", StringComparison.Ordinal);
            var lead = (end < 0 ? Text : Text[..end]).Trim();
            if (end < 0 || !lead.EndsWith(':'))
            {
                return lead;
            }

            var lastLine = lead.LastIndexOf('\n');
            return lastLine < 0 ? lead : lead[..lastLine].TrimEnd();
        }
    }
}
