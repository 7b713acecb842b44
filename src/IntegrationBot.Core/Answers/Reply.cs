using System.Text.Json.Nodes;

namespace IntegrationBot.Core.Answers;

/// <summary>
/// What the bot sends for one turn, channel-neutral: plain text (always), speech text, and an optional
/// Adaptive Card (JSON, schema 1.5). The host turns this into a Bot Framework activity.
/// </summary>
public sealed record Reply(string Text, string Speak, JsonObject? Card)
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
}
