using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static IntegrationBot.Core.Tests.Cards.AnswerScenarios;

namespace IntegrationBot.Core.Tests.Cards;

/// <summary>
/// WCAG 2.5.3 (Label in Name): a clickable part of a card is announced by its action's title (the renderers make it
/// the element's aria-label), so that title must contain the words the element shows, in order — as axe-core's
/// label-content-name-mismatch checks it (letters and digits only, parentheses dropped). A speech-input user says what
/// they see; a screen-reader user hears what a sighted colleague sees. Checked here on every scenario because in the
/// browser the rule depends on layout and only fires for some cards.
/// </summary>
public sealed partial class LabelInNameTests
{
    public static TheoryData<string> Scenarios => Names;

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Every_clickable_part_is_named_by_the_words_it_shows(string scenario)
    {
        var card = All[scenario]().Card!;

        Assert.Empty(Mismatches(card));
    }

    [Fact]
    public void The_check_finds_a_clickable_container_whose_name_leaves_out_its_text()
    {
        var container = new JsonObject
        {
            ["type"] = "Container",
            ["selectAction"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = "Orga-Struktur in Bielefeld" },
            ["items"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = "Bielefeld · Orga-Struktur" }),
        };
        var run = new JsonObject
        {
            ["type"] = "TextRun",
            ["text"] = "Bielefeld · Orga\\-Struktur",
            ["selectAction"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = "Bielefeld · Orga-Struktur (Eintrag öffnen)" },
        };

        Assert.Single(Mismatches(new JsonObject { ["body"] = new JsonArray(container) }));
        Assert.Empty(Mismatches(new JsonObject { ["body"] = new JsonArray(run) }));
    }

    private static List<string> Mismatches(JsonNode card) =>
    [
        .. CardJson.Elements(card)
            .Where(e => e["selectAction"] is JsonObject)
            .Select(e => (Shown: Words(ShownText(e)), Name: Words(e["selectAction"]!["title"]?.GetValue<string>() ?? string.Empty)))
            .Where(p => p.Shown.Count > 0 && !ContainsInOrder(p.Name, p.Shown))
            .Select(p => $"shows '{string.Join(' ', p.Shown)}', named '{string.Join(' ', p.Name)}'"),
    ];

    private static string ShownText(JsonObject element) =>
        string.Join(" ", CardJson.Elements(element).Where(e => e["type"]?.GetValue<string>() is "TextBlock" or "TextRun").Select(e => e["text"]!.GetValue<string>()));

    private static List<string> Words(string text)
    {
        var normalized = Parenthetical().Replace(text.Normalize(NormalizationForm.FormKD), " ");
        return [.. NonWord().Split(normalized.ToLower(CultureInfo.InvariantCulture)).Where(w => w.Length > 0)];
    }

    private static bool ContainsInOrder(List<string> name, List<string> shown) =>
        Enumerable.Range(0, Math.Max(0, name.Count - shown.Count + 1)).Any(i => name.Skip(i).Take(shown.Count).SequenceEqual(shown));

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
