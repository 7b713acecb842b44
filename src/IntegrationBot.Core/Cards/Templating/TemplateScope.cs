using System.Text.Json.Nodes;

namespace IntegrationBot.Core.Cards.Templating;

/// <summary>What an expression can see: the whole data (<c>$root</c>), the current <c>$data</c> and the repetition <c>$index</c>.</summary>
internal sealed record TemplateScope(JsonNode? Root, JsonNode? Data, int? Index);
