using System.Text.Json.Nodes;

namespace IntegrationBot.Core.Cards;

/// <summary>A download offered in a card's footer (Action.OpenUrl): „Als Excel herunterladen“ → the export link.</summary>
public sealed record CardDownload(string Title, Uri Url)
{
    public JsonObject ToJson() => new() { ["title"] = CardText.Plain(Title), ["url"] = Url.AbsoluteUri };

    public static JsonArray ToJson(IEnumerable<CardDownload> downloads) => [.. downloads.Select(static d => (JsonNode)d.ToJson())];
}
