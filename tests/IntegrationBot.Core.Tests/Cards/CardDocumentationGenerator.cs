using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationBot.Core.Tests.Cards;

/// <summary>
/// Not a check: regenerates the Designer sample data (cards/*.data.json) and the cards that
/// tests/node/render-cards.js screenshots into docs/cards/. Runs only with CARDS_WRITE_SAMPLES=1:
/// <c>CARDS_WRITE_SAMPLES=1 dotnet test tests/IntegrationBot.Core.Tests --filter CardDocumentationGenerator</c>.
/// </summary>
public sealed class CardDocumentationGenerator
{
    /// <summary>Which answer provides each template's sample data.</summary>
    private static readonly Dictionary<string, string> SampleScenario = new()
    {
        ["entries"] = "compare-3-aufgaben-missing-examples",
        ["message"] = "unknown-city-koeln-anbindung",
        ["search"] = "search-fluechtlingsberatung",
        ["list"] = "list-cities",
        ["coverage"] = "list-aspects-coverage",
        ["help"] = "help",
    };

    /// <summary>The answers shown in the card catalogue (docs/cards/&lt;name&gt;.png).</summary>
    private static readonly string[] Catalogue =
    [
        "query-stuttgart-anbindung", "query-muenchen-anbindung-missing", "compare-2-praeambel", "compare-3-anbindung",
        "compare-3-aufgaben-missing-examples", "compare-5-aufgaben", "long-entries-collapse", "profile-bielefeld", "overview-praeambel", "query-with-unknown-city", "list-aspects-coverage",
        "list-cities", "search-fluechtlingsberatung", "disambiguation", "unknown-city-koeln-anbindung", "help", "welcome",
        "greeting", "thanks", "goodbye", "none", "error", "hostile-unknown-city", "hostile-search", "big-coverage",
    ];

    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [SkippableFact]
    public void Writes_sample_data_and_catalogue_cards()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("CARDS_WRITE_SAMPLES") == "1", "Generator für Beispieldaten und Screenshots: nur mit CARDS_WRITE_SAMPLES=1.");

        foreach (var (template, scenario) in SampleScenario)
        {
            var recorded = new List<(string Template, JsonObject Data)>();
            CardFixtures.Record(recorded);
            AnswerScenarios.All[scenario]();
            var data = recorded.Last(r => r.Template == template).Data;
            File.WriteAllText(Path.Combine(NodeTools.RepoRoot, "cards", $"{template}.data.json"), data.ToJsonString(Pretty) + "\n");
        }

        var output = Directory.CreateDirectory(Path.Combine(NodeTools.RepoRoot, "artifacts", "cards"));
        foreach (var name in Catalogue)
        {
            var reply = AnswerScenarios.All[name]();
            var file = new JsonObject { ["card"] = reply.Card!.DeepClone(), ["text"] = reply.Text, ["speak"] = reply.Speak };
            File.WriteAllText(Path.Combine(output.FullName, $"{name}.json"), file.ToJsonString(Pretty));
        }
    }
}
