using System.Text.Json.Nodes;

namespace IntegrationBot.Core.Answers;

/// <summary>
/// What the bot sends for one turn, channel-neutral: the whole answer as plain text (always), speech text, and an
/// optional Adaptive Card (JSON, schema 1.5). The host turns this into a Bot Framework activity.
/// </summary>
public sealed record Reply(string Text, string Speak, JsonObject? Card)
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>
    /// The first block of <see cref="Text"/> (up to the first blank line), e.g. "Stuttgart: Orga - Anbindung".
    /// Chats show a message's text above its card, so a card reply carries this lead instead of the whole answer
    /// (which would otherwise appear twice); the whole text still travels as the activity's summary.
    /// </summary>
    public string Headline
    {
        get
        {
            var end = Text.IndexOf("\n\n", StringComparison.Ordinal);
            return (end < 0 ? Text : Text[..end]).Trim();
        }
    }
}
