using System.Text.Json.Nodes;

namespace IntegrationBot.Core.Cards;

/// <summary>What a composer produces for one budget: template data, and the same answer as plain text and as speech.</summary>
public sealed record CardContent(JsonObject Data, string Text, string Speak);
