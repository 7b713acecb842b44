using System.Text.Json.Nodes;
using IntegrationBot.Core.Answers.Lookup;
using static IntegrationBot.Core.Tests.Cards.CardFixtures;

namespace IntegrationBot.Core.Tests.Cards;

/// <summary>
/// Every card kind rendered by the official adaptivecards renderer in real Chromium at phone width (360 px): no text
/// overflows its container and no word is broken mid-word. <c>CARDS_SCREENSHOT_DIR=docs/cards</c> also writes the
/// documentation screenshots of a 3-city comparison and the coverage card at 360 and 1000 px.
/// </summary>
[Trait("Category", "Browser")]
[Trait("Category", "Node")]
public sealed class NarrowRenderingTests
{
    private const int PhoneWidth = 360;
    private const int DesktopWidth = 1000;

    private static readonly string[] Screenshots = ["compare-3-anbindung", "list-aspects-coverage"];

    [SkippableFact]
    public void No_card_kind_overflows_or_breaks_a_word_at_360_px()
    {
        NodeTools.SkipIfUnavailable();
        Skip.IfNot(File.Exists(Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium"), "Chromium fehlt (/usr/bin/chromium oder CHROMIUM_PATH).");
        var lookup = new SynopsisLookup(Recognizer, Seed, ((IntegrationBot.Core.Understanding.Recognizer)Recognizer).Model.SearchIndex, Renderer);
        var cards = AnswerScenarios.All
            .Where(s => !s.Key.StartsWith("hostile", StringComparison.Ordinal))
            .Select(s => (s.Key, s.Value().Card!))
            .Concat(lookup.Find("Flüchtlingsberatung", 0, 3, DateTimeOffset.UnixEpoch).Items.Select((item, i) => ($"lookup-{i}", item.Card.Card!)))
            .Concat(lookup.Find(null, 0, 2, DateTimeOffset.UnixEpoch).Items.Select((item, i) => ($"lookup-aspect-{i}", item.Card.Card!)))
            .ToList();

        var results = NodeTools.RenderAtWidth(cards, PhoneWidth);

        Assert.Equal(cards.Count, results.Count);
        var problems = results.Where(r => r.Value.Count > 0).Select(r => $"{r.Key}: {string.Join("; ", r.Value)}").ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        WriteScreenshotsIfAsked();
    }

    [SkippableFact]
    public void The_check_reports_a_word_broken_in_a_narrow_column()
    {
        NodeTools.SkipIfUnavailable();
        Skip.IfNot(File.Exists(Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium"), "Chromium fehlt.");
        static JsonObject Column(string text) => new() { ["type"] = "Column", ["width"] = "stretch", ["items"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true }) };
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject
            {
                ["type"] = "ColumnSet",
                ["columns"] = new JsonArray(Column("Integrationsmaßnahmen"), Column("Oberbürgermeisters"), Column("Flüchtlingsberatung"), Column("Antidiskriminierungsstelle")),
            }),
        };

        var results = NodeTools.RenderAtWidth([("four-columns", card)], PhoneWidth);

        Assert.Contains(results["four-columns"], p => p.StartsWith("word broken mid-word", StringComparison.Ordinal) || p.StartsWith("overflow", StringComparison.Ordinal));
    }

    private static void WriteScreenshotsIfAsked()
    {
        var directory = Environment.GetEnvironmentVariable("CARDS_SCREENSHOT_DIR");
        if (string.IsNullOrWhiteSpace(directory))
        {
            return;
        }

        directory = Path.IsPathRooted(directory) ? directory : Path.Combine(NodeTools.RepoRoot, directory);
        foreach (var width in new[] { PhoneWidth, DesktopWidth })
        {
            NodeTools.RenderAtWidth([.. Screenshots.Select(name => ($"{name}-{width}px", AnswerScenarios.All[name]().Card!))], width, directory);
        }
    }
}
