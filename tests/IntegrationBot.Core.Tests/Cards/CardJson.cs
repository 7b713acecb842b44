using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationBot.Core.Tests.Cards;

/// <summary>Queries over card JSON for assertions.</summary>
internal static class CardJson
{
    public static IEnumerable<JsonObject> Elements(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.Where(p => p.Key != "data").SelectMany(p => Elements(p.Value)))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(Elements))
                {
                    yield return child;
                }

                break;
        }
    }

    public static IEnumerable<JsonObject> OfType(JsonNode? card, string type) =>
        Elements(card).Where(e => e["type"] is JsonValue t && t.GetValueKind() == JsonValueKind.String && t.GetValue<string>() == type);

    public static IReadOnlyList<string> TextBlocks(JsonNode? card) => [.. OfType(card, "TextBlock").Select(t => t["text"]!.GetValue<string>())];

    public static IReadOnlyList<string> TextRuns(JsonNode? card) => [.. OfType(card, "TextRun").Select(t => t["text"]!.GetValue<string>())];

    /// <summary>All Action.Submit buttons (action bar, ActionSets, selectActions) as title → question.</summary>
    public static IReadOnlyList<(string Title, string Question)> Buttons(JsonNode? card) =>
        [.. OfType(card, "Action.Submit").Select(a => (a["title"]!.GetValue<string>(), a["data"]!["question"]!.GetValue<string>()))];

    public static string AllText(JsonNode? card) => string.Join("\n", TextBlocks(card).Concat(TextRuns(card)));
}
