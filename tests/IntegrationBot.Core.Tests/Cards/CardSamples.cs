using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationBot.Core.Tests.Cards;

/// <summary>
/// The Designer sample data (cards/&lt;template&gt;.data.json) and the catalogue cards that tests/node/render-cards.js
/// screenshots into docs/cards/, both taken from the answer battery. Written by <c>scripts/card-samples.sh</c>
/// (<c>dotnet run --project tests/IntegrationBot.Core.Tests -- card-samples</c>); <see cref="CardSampleTests"/> checks
/// that the committed sample data is still what the answers produce.
/// </summary>
internal static class CardSamples
{
    /// <summary>Which answer provides each template's sample data.</summary>
    public static IReadOnlyDictionary<string, string> SampleScenario { get; } = new Dictionary<string, string>
    {
        ["entries"] = "compare-3-aufgaben-missing-examples",
        ["message"] = "unknown-city-koeln-anbindung",
        ["search"] = "search-fluechtlingsberatung",
        ["list"] = "list-cities",
        ["coverage"] = "list-aspects-coverage",
        ["help"] = "help",
    };

    /// <summary>The answers shown in the card catalogue (docs/cards/&lt;name&gt;.png).</summary>
    public static IReadOnlyList<string> Catalogue { get; } =
    [
        "query-stuttgart-anbindung", "query-muenchen-anbindung-missing", "compare-2-praeambel", "compare-3-anbindung",
        "compare-3-aufgaben-missing-examples", "compare-5-aufgaben", "long-entries-collapse", "profile-bielefeld", "overview-praeambel", "query-with-unknown-city", "list-aspects-coverage",
        "list-cities", "search-fluechtlingsberatung", "disambiguation", "unknown-city-koeln-anbindung", "help", "welcome",
        "greeting", "thanks", "goodbye", "none", "error", "hostile-unknown-city", "hostile-search", "big-coverage",
    ];

    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The template data the composer built for the template's sample answer.</summary>
    public static JsonObject SampleData(string template)
    {
        var recorded = new List<(string Template, JsonObject Data)>();
        CardFixtures.Record(recorded);
        AnswerScenarios.All[SampleScenario[template]]();
        return recorded.Last(r => r.Template == template).Data;
    }

    /// <summary>Rewrites cards/*.data.json and artifacts/cards/*.json under <paramref name="repositoryRoot"/>.</summary>
    public static void Write(string repositoryRoot, TextWriter log)
    {
        foreach (var template in SampleScenario.Keys)
        {
            var path = Path.Combine(repositoryRoot, "cards", $"{template}.data.json");
            File.WriteAllText(path, SampleData(template).ToJsonString(Pretty) + "\n");
            log.WriteLine(path);
        }

        var output = Directory.CreateDirectory(Path.Combine(repositoryRoot, "artifacts", "cards"));
        foreach (var name in Catalogue)
        {
            var reply = AnswerScenarios.All[name]();
            var file = new JsonObject { ["card"] = reply.Card!.DeepClone(), ["text"] = reply.Text, ["speak"] = reply.Speak };
            File.WriteAllText(Path.Combine(output.FullName, $"{name}.json"), file.ToJsonString(Pretty));
        }

        log.WriteLine($"{Catalogue.Count} catalogue cards in {output.FullName}");
    }
}
